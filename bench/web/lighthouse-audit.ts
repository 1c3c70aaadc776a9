import lighthouse from 'lighthouse';
import type { Browser } from 'puppeteer-core';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  /** Largest contentful paint, ms (simulated on the preset's device and network). */
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  /** The audits of the two categories that did not pass, by id (what to look at when a score is low). */
  failedAudits: string[];
}

export type LighthousePreset = 'mobile' | 'desktop';

/**
 * Lighthouse's performance and accessibility scores (0-100) of one page, in a tab of the given browser where
 * `prepare` may sign someone in first (the app keeps its session in the tab, so Lighthouse must not reset storage).
 */
export async function audit(
  browser: Browser,
  url: string,
  preset: LighthousePreset,
  prepare: (page: import('puppeteer-core').Page) => Promise<void> = async () => undefined,
): Promise<LighthouseScores> {
  const page = await browser.newPage();
  try {
    await prepare(page);
    const desktop = preset === 'desktop';
    const result = await lighthouse(
      url,
      {
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        disableStorageReset: true,
        formFactor: desktop ? 'desktop' : 'mobile',
        screenEmulation: desktop
          ? { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }
          : undefined,
        throttling: desktop
          ? {
              rttMs: 40,
              throughputKbps: 10_240,
              cpuSlowdownMultiplier: 1,
              requestLatencyMs: 0,
              downloadThroughputKbps: 0,
              uploadThroughputKbps: 0,
            }
          : undefined,
      },
      undefined,
      page,
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { categories, audits } = result.lhr;
    const failedAudits = ['performance', 'accessibility'].flatMap((category) =>
      (categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 0.9)
        .map((ref) => ref.id),
    );
    return {
      performance: Math.round((categories['performance']?.score ?? 0) * 100),
      accessibility: Math.round((categories['accessibility']?.score ?? 0) * 100),
      largestContentfulPaintMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
      totalBlockingTimeMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
      cumulativeLayoutShift:
        Math.round((audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
      failedAudits,
    };
  } finally {
    await page.close();
  }
}

/** Of several audits of one page, the one whose performance score is the median (its figures are kept together). */
export function medianRun(runs: LighthouseScores[]): LighthouseScores {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (!median) throw new Error('No audit to take the median of');
  return median;
}
