/**
 * `npm run bench:web`: the web app as a browser sees it. Starts the whole system on a fresh database (the test
 * harness; the gateway serves the built web app), then measures the first page's JavaScript (gzipped) and Lighthouse's
 * performance and accessibility scores of the sign-in page, of the contacts page of an institution with BENCH_CONTACTS
 * contacts (1,000,000 by default) and of the importer's findings (a 200-row mentors file with findings of three
 * kinds), signed in as the platform administrator, with Lighthouse's mobile preset (a mid-range phone on
 * slow 4G, simulated) and its desktop preset, in the system's Chromium (the median of three audits each); and on that contacts page, the time from the
 * page's request to its rows shown: opening it (its first 50), and each of 32 searches typed into it. Prints the figures as Markdown (also kept in
 * tmp/bench/; and as JSON lines in BENCH_FIGURES_FILE when set). Build the apps and the web app first.
 */
import { CHROMIUM_HOW_TO_GET, findChromium } from '@careers/local-infra';
import { APP_NAMES, createInstitution, REPO_ROOT, TestSystem, TEST_ADMIN } from '@careers/testing';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { figuresTable } from '../runner/figures-table';
import { FigureLog } from '../shared/bench-figures';
import { keepReport } from '../shared/report-file';
import { describeConditions } from '../shared/run-conditions';
import { Teardown } from '../shared/teardown';
import { firstPageJavaScript } from './first-page-bundle';
import { audit, type LighthousePreset, type LighthouseScores, medianRun } from './lighthouse-audit';
import { loadAddressBook } from '../shared/address-book-loader';
import { FIRST_NAMES, LAST_NAMES } from '../shared/sample-names';
import { timeContactsPage } from './contacts-page-timing';
import { mentorsImportWithFindings } from './mentors-with-findings';
import { signedInTab } from './signed-in-tab';
import { recordWebFigures, type PageScores } from './web-figures';

const PRESETS: LighthousePreset[] = ['mobile', 'desktop'];
/** Lighthouse's scores vary from run to run on a shared machine; each page is audited this many times, the median kept. */
const AUDITS_PER_PAGE = 3;
const CONTACTS = Number(process.env['BENCH_CONTACTS'] ?? 1_000_000);
const OPENS = 20;

/** Searches as staff type them: a last name's first letters, more of them, the whole name, then a first name too. */
function typedSearches(): string[] {
  return Array.from({ length: 8 }, (_, i) => {
    const last = LAST_NAMES[i * 3].toLowerCase();
    const first = FIRST_NAMES[i * 2].toLowerCase();
    return [last.slice(0, 2), last.slice(0, 4), last, `${last} ${first.slice(0, 3)}`];
  }).flat();
}
const say = (line: string): void => void process.stdout.write(`[bench] ${line}\n`);
const teardown = new Teardown(say);

async function main(): Promise<void> {
  const chromium = findChromium();
  if (!chromium) throw new Error(CHROMIUM_HOW_TO_GET);
  const bundle = firstPageJavaScript(join(REPO_ROOT, 'dist/apps/web'));
  say(`first page: ${bundle.files.join(', ')}: ${(bundle.gzippedBytes / 1024).toFixed(1)} KiB gzipped`);

  say(`starting ${APP_NAMES.join(', ')} with the web app`);
  const system = await TestSystem.start({ apps: [...APP_NAMES], webApp: true });
  teardown.add(() => system.stop());
  const asRoot = process.getuid?.() === 0;
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: [...(asRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  teardown.add(() => browser.close());

  const base = system.app('gateway').url;
  // A fresh session for each tab: loading a million contacts outlasts an access token.
  const signIn = async () =>
    (await system.api.post<{ accessToken: string; expiresIn: number }>('/v1/auth/login', TEST_ADMIN)).body;
  const { accessToken } = await signIn();
  const institutionId = await createInstitution(system, accessToken, 'Benchmark University');
  const importId = await mentorsImportWithFindings(system, institutionId, accessToken);
  say(`loading ${CONTACTS.toLocaleString('en')} contacts`);
  await loadAddressBook(system.db, institutionId, CONTACTS, (step, ms) =>
    say(`  ${step}: ${(ms / 1000).toFixed(1)} s`),
  );
  const signedIn = signedInTab(base, signIn);
  const contactsUrl = `${base}/schools/${institutionId}/contacts`;
  const searches = typedSearches();
  const contactsPage = await timeContactsPage(browser, contactsUrl, signedIn, searches, OPENS);
  say(`contacts page: ${JSON.stringify(contactsPage)}`);
  const pages = [
    { page: 'sign-in', url: `${base}/login`, prepare: undefined },
    { page: 'contacts', url: contactsUrl, prepare: signedIn },
    {
      page: "importer's findings",
      url: `${base}/schools/${institutionId}/imports/${importId}`,
      prepare: signedIn,
    },
  ];
  const scores: PageScores[] = [];
  for (const { page, url, prepare } of pages) {
    for (const preset of PRESETS) {
      const runs: LighthouseScores[] = [];
      for (let run = 0; run < AUDITS_PER_PAGE; run++) runs.push(await audit(browser, url, preset, prepare));
      const scored = medianRun(runs);
      say(
        `${page} page, ${preset}: ${JSON.stringify(scored)} (performance of each audit: ${runs.map((run) => run.performance).join(', ')})`,
      );
      scores.push({ page, preset, ...scored });
    }
  }

  const figures = recordWebFigures(
    new FigureLog(
      'web',
      `the built web app served by the gateway; ${CONTACTS.toLocaleString('en')} contacts`,
    ),
    bundle,
    scores,
    { ...contactsPage, opens: OPENS, searches: searches.length },
  );
  const report = [
    '### The web app',
    '',
    ...(await describeConditions(system.db)).map((line) => `- ${line}`),
    `- Chromium: ${chromium}; Lighthouse 12 (mobile: its simulated mid-range phone on slow 4G; desktop: its desktop preset)`,
    '',
    figuresTable(figures),
  ].join('\n');
  process.stdout.write(`\n${report}\n\n`);
  say(`report kept in ${keepReport('web', report)}`);
}

teardown.runMain(main);
