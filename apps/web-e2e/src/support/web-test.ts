import { APP_NAMES, type CaughtMail, TestSystem } from '@careers/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';

/** How long a page may take to show what a step waits for (the whole system runs on two cores during CI). */
const STEP_TIMEOUT_MS = 20_000;

/**
 * One test file's world: the whole system as the integration tests start it (its own database, NATS and SMTP
 * catcher; the gateway serving the built web app, and mail links leading to it) and a Chromium to drive it.
 * A test file gets it from `useWebTest()`.
 */
export class WebTest {
  private readonly contexts: BrowserContext[] = [];
  private started?: { system: TestSystem; browser: Browser };

  /** `env`: more environment for every app (e.g. SINGLE_SIGN_ON_ALLOW_HTTP). */
  constructor(private readonly env: Record<string, string> = {}) {}

  async start(): Promise<void> {
    const system = await TestSystem.start({ apps: [...APP_NAMES], webApp: true, env: this.env });
    try {
      this.started = { system, browser: await launchChromium() };
    } catch (error) {
      await system.stop();
      throw error;
    }
  }

  private get running(): { system: TestSystem; browser: Browser } {
    if (!this.started) throw new Error('The web test is not started: use it in a test or a beforeAll.');
    return this.started;
  }

  get system(): TestSystem {
    return this.running.system;
  }

  get baseUrl(): string {
    return this.system.app('gateway').url;
  }

  /** A new browser (its own storage: one person signed in) with a page at the given path. */
  async open(path = '/'): Promise<Page> {
    const context = await this.running.browser.newContext({ baseURL: this.baseUrl, acceptDownloads: true });
    this.contexts.push(context);
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    const page = await context.newPage();
    await page.goto(path);
    return page;
  }

  /** The link of a mail, as a person would click it (it must lead to this system's web app). */
  linkIn(mail: CaughtMail): string {
    const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => url.startsWith(this.baseUrl));
    if (!link) throw new Error(`No link to ${this.baseUrl} in the mail "${mail.subject}": ${mail.text}`);
    return link;
  }

  /** Stops what was started (nothing, if the start failed). */
  async stop(): Promise<void> {
    if (!this.started) return;
    const { system, browser } = this.started;
    this.started = undefined;
    await Promise.all(this.contexts.splice(0).map((context) => context.close()));
    await browser.close();
    await system.stop();
  }
}

/**
 * The test file's WebTest: started before its tests (a `beforeAll` declared after this call runs once it is up)
 * and stopped after them.
 */
export function useWebTest(env?: Record<string, string>): WebTest {
  const web = new WebTest(env);
  beforeAll(() => web.start());
  afterAll(() => web.stop());
  return web;
}
