import type { FileDefinition } from '../file-definitions/file-definition';
import { csvRecords } from '../imports/csv-records';
import type { ImportStore, StoredRow } from '../imports/import-store';
import { Finding, finding } from './finding';
import { AnalysisSettings, analyzeHeader } from './header-analysis';
import { RowAnalyzer } from './row-analyzer';

const BATCH = 1000;

export interface FileAnalysisResult {
  header: string[];
  rows: number;
  errors: number;
  warnings: number;
  /** Errors about the whole file (a missing column, an empty file): no row can be decided then. */
  fileErrors: number;
}

/**
 * Streams the file through the analyzers and stores its rows and findings a batch at a time, replacing the import's
 * earlier ones: memory holds one batch, never the file. Run it in a transaction, so a replacement is all or nothing.
 */
export async function analyzeFile(
  store: ImportStore,
  bytes: ReadableStream<Uint8Array>,
  definition: FileDefinition,
  settings: AnalysisSettings,
): Promise<FileAnalysisResult> {
  await store.clear();
  const result: FileAnalysisResult = { header: [], rows: 0, errors: 0, warnings: 0, fileErrors: 0 };
  let rows: StoredRow[] = [];
  let findings: Finding[] = [];
  const keep = (found: Finding[]) => {
    for (const item of found) {
      if (item.severity === 'error') result.errors += 1;
      else result.warnings += 1;
      if (item.severity === 'error' && item.row === null) result.fileErrors += 1;
    }
    findings.push(...found);
  };
  const flush = async () => {
    await store.writeRows(rows);
    await store.writeFindings(findings);
    rows = [];
    findings = [];
  };
  let analyzer: RowAnalyzer | undefined;
  let row = 1;
  for await (const record of csvRecords(bytes)) {
    if (!analyzer) {
      result.header = record;
      const header = analyzeHeader(record, definition, settings);
      keep(header.findings);
      analyzer = new RowAnalyzer(definition, header, record.length, settings);
      continue;
    }
    row += 1;
    const { values, findings: found } = analyzer.analyze(row, record);
    keep(found);
    rows.push({
      row,
      cells: record,
      values,
      errors: found.filter((item) => item.severity === 'error').length,
    });
    result.rows += 1;
    if (rows.length >= BATCH) await flush();
  }
  if (!analyzer) keep([finding('error', 'empty_file', 'The file is empty: it has no header and no rows.')]);
  else if (result.rows === 0) keep([finding('error', 'empty_file', 'The file has a header but no rows.')]);
  await flush();
  return result;
}
