import { Inject, Injectable } from '@nestjs/common';

export const WEB_APP_URL = Symbol('WEB_APP_URL');

/** The links mails carry: pages of the web front end, which call the API with the token. */
@Injectable()
export class MailLinks {
  private readonly base: string;

  constructor(@Inject(WEB_APP_URL) webAppUrl: string) {
    this.base = webAppUrl.replace(/\/+$/, '');
  }

  login(): string {
    return `${this.base}/login`;
  }

  verifyEmail(token: string): string {
    return this.withToken('/verify-email', token);
  }

  resetPassword(token?: string): string {
    return token ? this.withToken('/reset-password', token) : `${this.base}/reset-password`;
  }

  setPassword(token: string): string {
    return this.withToken('/set-password', token);
  }

  confirmEmailChange(token: string): string {
    return this.withToken('/confirm-email', token);
  }

  private withToken(path: string, token: string): string {
    return `${this.base}${path}?token=${encodeURIComponent(token)}`;
  }
}
