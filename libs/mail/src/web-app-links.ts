import { Inject, Injectable } from '@nestjs/common';

export const WEB_APP_URL = Symbol('WEB_APP_URL');

/** Links to pages of the web front end, which call the API with the token a link carries. */
@Injectable()
export class WebAppLinks {
  private readonly base: string;

  constructor(@Inject(WEB_APP_URL) webAppUrl: string) {
    this.base = webAppUrl.replace(/\/+$/, '');
  }

  login(): string {
    return this.page('/login');
  }

  page(path: string, token?: string): string {
    return token ? `${this.base}${path}?token=${encodeURIComponent(token)}` : `${this.base}${path}`;
  }
}
