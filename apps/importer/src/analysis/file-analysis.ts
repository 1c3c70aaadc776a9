import { IMPORT_LOOKUP_MAX } from '@careers/contracts';
import type { FileDefinition } from '../file-definitions/file-definition';
import type { PlannedBatch } from '../planning/import-planner';
import { csvRecords } from '../imports/csv-records';
import type { ImportStore, UploadedRow } from '../imports/import-store';
import { Finding, finding } from './finding';
import { AnalysisSettings, analyzeHeader } from './header-analysis';
import { RowAnalyzer } from './row-analyzer';

/** As many rows as the owning service looks up in one request. */
const BATCH = IMPORT_LOOKUP_MAX;
const NOTHING_PLANNED: PlannedBatch = { plans: [], findings: [] };

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
 * earlier ones, each row with its planned outcome when `plan` is given and the file has no file-level errors: memory
 * holds two batches, never the file. Run it in a transaction, so a replacement is all or nothing.
 */
export async function analyzeFile(
  store: ImportStore,
  bytes: ReadableStream<Uint8Array>,
  definition: FileDefinition,
  settings: AnalysisSettings,
  plan?: (rows: UploadedRow[]) => Promise<PlannedBatch>,
): Promise<FileAnalysisResult> {
  await store.clear();
  const result: FileAnalysisResult = { header: [], rows: 0, errors: 0, warnings: 0, fileErrors: 0 };
  let rows: UploadedRow[] = [];
  let findings: Finding[] = [];
  const keep = (found: Finding[]) => {
    for (const item of found) {
      if (item.severity === 'error') result.errors += 1;
      else result.warnings += 1;
      if (item.severity === 'error' && item.row === null) result.fileErrors += 1;
    }
    findings.push(...found);
  };
  // A batch is planned (a request to the owning service) while the next one is parsed, then written.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const [batch, found] = [rows, findings];
    [rows, findings] = [[], []];
    const planned = plan && result.fileErrors === 0 ? plan(batch) : Promise.resolve(NOTHING_PLANNED);
    planned.catch(() => undefined);
    await writing;
    writing = planned.then(async ({ plans, findings: planFound }) => {
      result.warnings += planFound.length;
      await store.writeRows(batch, plans);
      await store.writeFindings([...found, ...planFound]);
    });
    writing.catch(() => undefined);
  };
  let analyzer: RowAnalyzer | undefined;
  let row = 1;
  /** The header makes the analyzer; every record after it is a row, analysed and kept for the batch. */
  const take = (record: string[]) => {
    if (!analyzer) {
      result.header = record;
      const header = analyzeHeader(record, definition, settings);
      keep(header.findings);
      analyzer = new RowAnalyzer(definition, header, record.length, settings);
      return;
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
  };
  for await (const records of csvRecords(bytes)) {
    for (const record of records) {
      take(record);
      if (rows.length >= BATCH) await flush();
    }
  }
  if (!analyzer) keep([finding('error', 'empty_file', 'The file is empty: it has no header and no rows.')]);
  else if (result.rows === 0) keep([finding('error', 'empty_file', 'The file has a header but no rows.')]);
  await flush();
  await writing;
  return result;
}
