/// <reference lib="dom" />
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { summarizeLatencies, type LatencySummary } from '../shared/latency-stats';

export interface ContactsPageTimes {
  firstPage: LatencySummary;
  typedSearch: LatencySummary;
}

const CONTACTS_API = /\/v1\/institutions\/[^/]+\/contacts\?/;
const ROWS_SHOWN_TIMEOUT_MS = 30_000;

/** The rows of the contacts table, as text (the table is the page's only one). */
function shownRows(page: Page): Promise<string[]> {
  return page.$$eval('table tbody tr', (rows) => rows.map((row) => row.textContent ?? ''));
}

/**
 * The time from the page's request for contacts to the rows of its answer in the table: the next contacts request
 * is awaited, then its answer, then the table showing its first contact (or no rows for an empty answer).
 */
async function requestToRows(page: Page, act: () => Promise<unknown>): Promise<number> {
  const requested = new Promise<{ request: HTTPRequest; at: number }>((resolve, reject) => {
    const listener = (request: HTTPRequest) => {
      if (!CONTACTS_API.test(request.url())) return;
      clearTimeout(timer);
      page.off('request', listener);
      resolve({ request, at: performance.now() });
    };
    const timer = setTimeout(() => {
      page.off('request', listener);
      reject(
        new Error(
          `the contacts page asked for no contacts within ${ROWS_SHOWN_TIMEOUT_MS} ms (${page.url()})`,
        ),
      );
    }, ROWS_SHOWN_TIMEOUT_MS);
    page.on('request', listener);
  });
  await act();
  const { request, at } = await requested;
  const response = await page.waitForResponse((candidate) => candidate.request() === request, {
    timeout: ROWS_SHOWN_TIMEOUT_MS,
  });
  const body = (await response.json()) as { items: { email: string }[] };
  const first = body.items[0]?.email;
  await page.waitForFunction(
    (email) => {
      const rows = [...document.querySelectorAll('table tbody tr')];
      return email
        ? (rows[0]?.textContent ?? '').includes(email)
        : rows.length === 0 || !document.querySelector('table');
    },
    { timeout: ROWS_SHOWN_TIMEOUT_MS, polling: 'mutation' },
    first ?? '',
  );
  return performance.now() - at;
}

/**
 * The contacts page as staff use it, in a signed-in tab: opening it (its first 50 contacts), `opens` times, then each
 * search typed into the search box, timed from its request to its rows.
 */
export async function timeContactsPage(
  browser: Browser,
  url: string,
  signIn: (page: Page) => Promise<void>,
  searches: string[],
  opens: number,
): Promise<ContactsPageTimes> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  try {
    await signIn(page);
    const firstPage: number[] = [];
    for (let i = 0; i < opens; i++) firstPage.push(await requestToRows(page, () => page.goto(url)));
    if ((await shownRows(page)).length === 0) throw new Error('the contacts page showed no contacts');
    const typedSearch: number[] = [];
    const search = page.locator('::-p-aria(Search contacts)');
    // Each search differs from the ones before (the page keeps answers it had, and asks again for none of them).
    for (const words of searches) typedSearch.push(await requestToRows(page, () => search.fill(words)));
    return { firstPage: summarizeLatencies(firstPage), typedSearch: summarizeLatencies(typedSearch) };
  } finally {
    await page.close();
  }
}
