/** Where providers send people back: the web app's page that finishes a single sign-on. */
export const SINGLE_SIGN_ON_REDIRECT_URI = Symbol('SINGLE_SIGN_ON_REDIRECT_URI');

/** The path of that page in the web app. */
export const SINGLE_SIGN_ON_CALLBACK_PATH = '/sign-in/single-sign-on';

export interface SingleSignOnOptions {
  webAppUrl: string;
  /** SINGLE_SIGN_ON_SECRET_KEY */
  secretKey: string | undefined;
  timeoutMs: number;
  allowHttp: boolean;
  /** SINGLE_SIGN_ON_ALLOW_PRIVATE_ADDRESSES */
  allowPrivateAddresses: boolean;
}
