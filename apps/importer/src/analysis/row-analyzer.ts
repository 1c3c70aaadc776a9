import type { FileDefinition } from '../file-definitions/file-definition';
import { checkValue } from '../file-definitions/column-rule';
import { Finding, finding } from './finding';
import type { AnalysisSettings, HeaderAnalysis } from './header-analysis';
import { RowValues, rowValues } from './row-values';

/**
 * Checks each row against the file definition as the rows stream by: required values, each column's rule, values
 * that must be unique in the file, single sign-on identifiers, recommended values. Remembers only the unique values
 * seen (one key a row), never the rows.
 */
export class RowAnalyzer {
  private readonly firstRowOf = new Map<string, Map<string, number>>();

  constructor(
    private readonly definition: FileDefinition,
    private readonly header: HeaderAnalysis,
    private readonly headerLength: number,
    private readonly settings: AnalysisSettings,
  ) {
    for (const column of definition.columns)
      if (column.uniqueInFile) this.firstRowOf.set(column.name, new Map());
  }

  /** The row's values by column, and what is wrong with them. */
  analyze(row: number, cells: string[]): { values: RowValues; findings: Finding[] } {
    const findings: Finding[] = [];
    if (cells.length !== this.headerLength) {
      findings.push(
        finding(
          'error',
          'wrong_cell_count',
          `The row has ${cells.length} cells; the header has ${this.headerLength}.`,
          {
            row,
          },
        ),
      );
    }
    const values = rowValues(this.definition, this.header.columnIndex, cells);
    for (const column of this.definition.columns) {
      const given = this.header.columnIndex.has(column.name);
      const value = values[column.name];
      if (value === undefined) {
        if (column.required && given) {
          findings.push(
            finding('error', 'missing_value', `${column.name} is required.`, { row, column: column.name }),
          );
        } else if (column.recommended && given) {
          findings.push(
            finding('warning', 'recommended_value_missing', `${column.name} is recommended.`, {
              row,
              column: column.name,
            }),
          );
        }
        continue;
      }
      const breach = checkValue(column.name, value, column.rule);
      if (breach)
        findings.push(finding('error', breach.code, breach.message, { row, column: column.name, value }));
      if (column.singleSignOnOnly && !this.settings.usesSingleSignOn) {
        findings.push(
          finding(
            'error',
            'single_sign_on_not_used',
            `${column.name} is given, but your institution does not use single sign-on.`,
            {
              row,
              column: column.name,
              value,
            },
          ),
        );
      }
      const seen = this.firstRowOf.get(column.name);
      if (seen) {
        const key = value.toLowerCase();
        const first = seen.get(key);
        if (first === undefined) seen.set(key, row);
        else {
          findings.push(
            finding('error', 'duplicate_value', `${column.name} is the same as in row ${first}.`, {
              row,
              column: column.name,
              value,
            }),
          );
        }
      }
    }
    return { values, findings };
  }
}
