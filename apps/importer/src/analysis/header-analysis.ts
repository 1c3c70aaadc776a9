import type { FileDefinition } from '../file-definitions/file-definition';
import { Finding, finding } from './finding';
import { columnIndexOf } from './row-values';

export interface AnalysisSettings {
  usesSingleSignOn: boolean;
}

export interface HeaderAnalysis {
  findings: Finding[];
  /** Where each known column is in the row; an unknown or repeated column is left out. */
  columnIndex: Map<string, number>;
}

/** Missing required columns and duplicate headers are errors; unknown columns are ignored, and said so. */
export function analyzeHeader(
  header: string[],
  definition: FileDefinition,
  settings: AnalysisSettings,
): HeaderAnalysis {
  const findings: Finding[] = [];
  const known = new Set(definition.columns.map((column) => column.name));
  const seen = new Set<string>();
  header.forEach((raw, index) => {
    const name = raw.trim();
    if (name === '') {
      findings.push(finding('warning', 'blank_header', `Column ${index + 1} has no name; it is ignored.`));
      return;
    }
    if (seen.has(name)) {
      findings.push(
        finding('error', 'duplicate_header', `The column ${name} appears more than once.`, { column: name }),
      );
      return;
    }
    seen.add(name);
    if (!known.has(name)) {
      findings.push(
        finding(
          'warning',
          'unknown_column',
          `${name} is not a column of ${definition.fileType} files; it is ignored.`,
          {
            column: name,
          },
        ),
      );
    }
  });
  for (const column of definition.columns) {
    if (seen.has(column.name)) {
      if (column.singleSignOnOnly && !settings.usesSingleSignOn) {
        findings.push(
          finding(
            'warning',
            'single_sign_on_column',
            `${column.name} is for institutions that use single sign-on, and yours does not: leave it out.`,
            { column: column.name },
          ),
        );
      }
      continue;
    }
    if (column.required) {
      findings.push(
        finding('error', 'missing_column', `The required column ${column.name} is missing.`, {
          column: column.name,
        }),
      );
    } else if (column.recommended) {
      findings.push(
        finding(
          'warning',
          'recommended_column_missing',
          `The recommended column ${column.name} is missing.`,
          {
            column: column.name,
          },
        ),
      );
    }
  }
  return { findings, columnIndex: columnIndexOf(header, definition) };
}
