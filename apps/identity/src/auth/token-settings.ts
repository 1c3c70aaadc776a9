export interface TokenSettings {
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

export const TOKEN_SETTINGS = Symbol('TOKEN_SETTINGS');
export const SIGNING_KEY = Symbol('SIGNING_KEY');
