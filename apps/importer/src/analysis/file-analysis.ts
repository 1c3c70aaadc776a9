import { FindingSummaryEntry, IMPORT_LOOKUP_MAX } from '@careers/contracts';
import type { FileDefinition } from '../file-definitions/file-definition';
import type { PlannedBatch } from '../planning/import-planner';
import { csvRecords } from '../imports/csv-records';
import type { UploadedRow } from '../imports/import-store';
import type { DecidedRow } from '../targets/row-target';
import { Finding, finding } from './finding';
import { FindingCaps } from './finding-caps';
import { AnalysisSettings, analyzeHeader } from './header-analysis';
import { RowAnalyzer } from './row-analyzer';

/** As many rows as the owning service looks up in one request. */
const BATCH = IMPORT_LOOKUP_MAX;
const NOTHING_PLANNED: PlannedBatch = { plans: [], findings: [] };

export interface FileAnalysisResult {
  header: string[];
  rows: number;
  /** Every error and warning found, stored or not. */
  errors: number;
  warnings: number;
  /** Errors about the whole file (a missing column, an empty file): no row can be decided then. */
  fileErrors: number;
  /** Findings beyond the caps, not stored, counted by code. */
  omitted: FindingSummaryEntry[];
}

/** Where the analysis puts each batch: its rows with their planned outcomes, its findings, and the rows read so far. */
export interface AnalysisBatch {
  rows: UploadedRow[];
  plans: DecidedRow[];
  findings: Finding[];
  rowsRead: number;
}

/**
 * Streams the file through the analyzers and hands its rows and findings over a batch at a time, each row with its
 * planned outcome when `plan` is given and the file has no file-level errors. Findings beyond the caps are counted,
 * not kept. Memory holds two batches and the values that must be unique, never the file.
 */
export async function analyzeFile(
  bytes: ReadableStream<Uint8Array>,
  definition: FileDefinition,
  settings: AnalysisSettings,
  write: (batch: AnalysisBatch) => Promise<void>,
  plan?: (rows: UploadedRow[]) => Promise<PlannedBatch>,
): Promise<FileAnalysisResult> {
  const result: FileAnalysisResult = {
    header: [],
    rows: 0,
    errors: 0,
    warnings: 0,
    fileErrors: 0,
    omitted: [],
  };
  const caps = new FindingCaps();
  const count = (found: Finding[]) => {
    for (const item of found) {
      if (item.severity === 'error') result.errors += 1;
      else result.warnings += 1;
      if (item.severity === 'error' && item.row === null) result.fileErrors += 1;
    }
    return caps.keep(found);
  };
  let rows: UploadedRow[] = [];
  let findings: Finding[] = [];
  const keep = (found: Finding[]) => findings.push(...count(found));
  // A batch is planned (a request to the owning service) while the next one is parsed, then written.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const [batch, found, rowsRead] = [rows, findings, result.rows];
    [rows, findings] = [[], []];
    const planned = plan && result.fileErrors === 0 ? plan(batch) : Promise.resolve(NOTHING_PLANNED);
    planned.catch(() => undefined);
    await writing;
    writing = planned.then(({ plans, findings: planFound }) =>
      write({ rows: batch, plans, findings: [...found, ...count(planFound)], rowsRead }),
    );
    writing.catch(() => undefined);
  };
  let analyzer: RowAnalyzer | undefined;
  /** The header makes the analyzer; every record after it is a row, numbered from 1, analysed and kept for the batch. */
  const take = (record: string[]) => {
    if (!analyzer) {
      result.header = record;
      const header = analyzeHeader(record, definition, settings);
      keep(header.findings);
      analyzer = new RowAnalyzer(definition, header, record.length, settings);
      return;
    }
    const row = result.rows + 1;
    const { values, findings: found } = analyzer.analyze(row, record);
    keep(found);
    rows.push({
      row,
      cells: record,
      values,
      errors: found.filter((item) => item.severity === 'error').length,
    });
    result.rows = row;
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
  result.omitted = caps.omitted();
  return result;
}
