import type { FindingSummaryEntry } from '@careers/contracts';
import type { Finding } from './finding';

/** The most findings of one code stored for a file, and of all codes: a row of a broken file is like the next. */
export const FINDINGS_PER_CODE_MAX = 100;
export const FINDINGS_PER_FILE_MAX = 1000;

/**
 * Keeps the first findings about rows of each code, up to the caps, and counts by code the ones left out. Findings
 * about the whole file (a missing or repeated column) are always kept: a file has few of them.
 */
export class FindingCaps {
  private readonly keptOf = new Map<string, number>();
  private kept = 0;
  private readonly omittedOf = new Map<string, FindingSummaryEntry>();

  keep(found: Finding[]): Finding[] {
    return found.filter((item) => item.row === null || this.admits(item));
  }

  /** The findings left out, counted by code. */
  omitted(): FindingSummaryEntry[] {
    return [...this.omittedOf.values()].sort(
      (a, b) => a.severity.localeCompare(b.severity) || a.code.localeCompare(b.code),
    );
  }

  private admits(item: Finding): boolean {
    const ofCode = this.keptOf.get(item.code) ?? 0;
    if (ofCode < FINDINGS_PER_CODE_MAX && this.kept < FINDINGS_PER_FILE_MAX) {
      this.keptOf.set(item.code, ofCode + 1);
      this.kept += 1;
      return true;
    }
    const key = `${item.severity} ${item.code}`;
    const entry = this.omittedOf.get(key) ?? { code: item.code, severity: item.severity, count: 0 };
    entry.count += 1;
    this.omittedOf.set(key, entry);
    return false;
  }
}
