import type { Page } from 'puppeteer-core';

/**
 * Signs a tab in as the web app does after a log-in (its session in the tab's sessionStorage), so Lighthouse, which
 * keeps storage, loads the page as that person sees it.
 */
export function signedInTab(
  baseUrl: string,
  signIn: () => Promise<{ accessToken: string; expiresIn: number }>,
) {
  return async (page: Page): Promise<void> => {
    const { accessToken: token, expiresIn: expiresInSeconds } = await signIn();
    await page.goto(`${baseUrl}/login`);
    await page.evaluate(
      (session) => sessionStorage.setItem('careers.session', session),
      JSON.stringify({ token, expiresAt: Date.now() + expiresInSeconds * 1000 }),
    );
  };
}
