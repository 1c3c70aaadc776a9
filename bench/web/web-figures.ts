import type { BenchFigure, FigureLog } from '../shared/bench-figures';
import type { ContactsPageTimes } from './contacts-page-timing';
import type { BundleSize } from './first-page-bundle';
import type { LighthousePreset, LighthouseScores } from './lighthouse-audit';

const FIRST_PAGE_JS_TARGET_KIB = 250;
const PERFORMANCE_TARGET = 90;
const ACCESSIBILITY_TARGET = 95;
const CONTACTS_SHOWN_TARGET_MS = 300;

export interface PageScores extends LighthouseScores {
  page: string;
  preset: LighthousePreset;
}

/** The web app's figures, kept for `npm run bench` and returned for the benchmark's own report. */
export function recordWebFigures(
  figures: FigureLog,
  bundle: BundleSize,
  scores: PageScores[],
  contacts: ContactsPageTimes & { opens: number; searches: number },
): BenchFigure[] {
  return [
    figures.add({
      figure: `contacts page opened: request to its first 50 shown, p95 of ${contacts.opens}`,
      value: Math.round(contacts.firstPage.p95),
      unit: 'ms',
      target: { atMost: CONTACTS_SHOWN_TARGET_MS },
    }),
    figures.add({
      figure: `typed search: request to its rows shown, p95 of ${contacts.searches}`,
      value: Math.round(contacts.typedSearch.p95),
      unit: 'ms',
      target: { atMost: CONTACTS_SHOWN_TARGET_MS },
    }),
    figures.add({
      figure: 'typed search: request to its rows shown, p50',
      value: Math.round(contacts.typedSearch.p50),
      unit: 'ms',
    }),
    figures.add({
      figure: `first page's JavaScript, gzipped (${bundle.files.length} files)`,
      value: Math.round((bundle.gzippedBytes / 1024) * 10) / 10,
      unit: 'KiB',
      target: { atMost: FIRST_PAGE_JS_TARGET_KIB },
    }),
    ...scores.flatMap((score) => [
      figures.add({
        figure: `Lighthouse performance, ${score.page} page (${score.preset})`,
        value: score.performance,
        unit: 'score',
        target: { atLeast: PERFORMANCE_TARGET },
      }),
      figures.add({
        figure: `Lighthouse accessibility, ${score.page} page (${score.preset})`,
        value: score.accessibility,
        unit: 'score',
        target: { atLeast: ACCESSIBILITY_TARGET },
      }),
      figures.add({
        figure: `largest contentful paint, ${score.page} page (${score.preset}, simulated)`,
        value: score.largestContentfulPaintMs,
        unit: 'ms',
      }),
    ]),
  ];
}
