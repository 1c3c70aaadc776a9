import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ChildExit, childClosed, killOnExit, terminateChild } from '@careers/local-infra';
import { REPO_ROOT } from './repo-root';

const READY_TIMEOUT_MS = 15_000;
const MAX_REDIRECTS = 10;

/**
 * How the test provider answers: as it should, slowly, with 500s, or with a forged ID token. `login` is who signs in
 * when the authorization request names nobody (`login_hint`), as a browser's does.
 */
export type ProviderMode =
  | { name: 'normal'; login?: string }
  | { name: 'slow'; delayMs: number }
  | { name: 'failing' }
  | { name: 'wrong-nonce' | 'wrong-issuer' | 'wrong-audience' | 'expired' | 'wrong-signature' };

export interface ProviderClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/**
 * A real OpenID provider (oidc-provider) as a school's, in a child process (it is an ES module, which the tests'
 * runtime cannot load): see openid-provider.mjs.
 */
export class OpenIdProviderProcess {
  private constructor(
    private readonly child: ChildProcess,
    private readonly closed: Promise<ChildExit>,
    readonly issuer: string,
    private readonly output: { text: string },
  ) {}

  /** What the provider wrote (its warnings and errors), for a failing test to show. */
  get log(): string {
    return this.output.text;
  }

  static async start(client: ProviderClient): Promise<OpenIdProviderProcess> {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'libs/testing/src/openid-provider.mjs')], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        CLIENT_ID: client.clientId,
        CLIENT_SECRET: client.clientSecret,
        REDIRECT_URI: client.redirectUri,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const closed = childClosed(child);
    killOnExit(child);
    const output = { text: '' };
    const issuer = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the OpenID provider did not start: ${output.text}`)),
        READY_TIMEOUT_MS,
      );
      const read = (chunk: Buffer) => {
        output.text += chunk.toString();
        const ready = /READY (\S+)/.exec(output.text);
        if (ready) {
          clearTimeout(timer);
          resolve(ready[1]);
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      void closed.then(() => reject(new Error(`the OpenID provider exited: ${output.text}`)));
    });
    return new OpenIdProviderProcess(child, closed, issuer, output);
  }

  async misbehave(mode: ProviderMode): Promise<void> {
    const response = await fetch(`${this.issuer}/__test/mode`, {
      method: 'POST',
      body: JSON.stringify(mode),
    });
    if (response.status !== 204) throw new Error(`the provider did not take mode ${mode.name}`);
  }

  /**
   * What a browser does at the provider, without one: follows its redirects, keeping its cookies, with `login` as the
   * person who signs in, until the provider sends the browser back to the redirect URI. Answers the query it adds.
   */
  async signIn(authorizationUrl: string, login: string, redirectUri: string): Promise<string> {
    const cookies = new Map<string, string>();
    const first = new URL(authorizationUrl);
    first.searchParams.set('login_hint', login);
    let url = first.href;
    for (let hop = 0; hop < MAX_REDIRECTS; hop++) {
      const response = await fetch(url, {
        redirect: 'manual',
        headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const at = pair.indexOf('=');
        cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
      const location = response.headers.get('location');
      if (!location) throw new Error(`the provider answered ${response.status}: ${await response.text()}`);
      url = new URL(location, url).href;
      if (url.startsWith(`${redirectUri}?`)) return new URL(url).search;
    }
    throw new Error('the provider never sent the browser back');
  }

  async stop(): Promise<void> {
    await terminateChild(this.child, this.closed);
  }
}
