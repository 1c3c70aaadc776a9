import { CsvError, parse, type Parser } from 'csv-parse';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { UnreadableFile } from './import-errors';

/** A line longer than this is not a CSV record anyone meant to write. */
const MAX_RECORD_BYTES = 1_000_000;
export const MAX_COLUMNS = 200;

/**
 * The records of an uploaded CSV file as they stream in, as many at a time as have been parsed: UTF-8 (a BOM is
 * dropped), quoted fields, line breaks inside quotes, and quotes inside a field that does not start with one kept as
 * text (`b "c" d`, as spreadsheets write it). A file that is not UTF-8, holds binary data or cannot be parsed is
 * refused with the reason and the line. (Handing them over in batches rather than one by one saves two promises a record: a
 * tenth of what reading a 100,000-row file costs.)
 */
export async function* csvRecords(bytes: ReadableStream<Uint8Array>): AsyncGenerator<string[][]> {
  const text = bytes.pipeThrough(new TextDecoderStream('utf-8', { fatal: true }));
  const source = Readable.fromWeb(text as unknown as NodeWebStream<string>).map((chunk: string) => {
    if (chunk.includes('\u0000'))
      throw new UnreadableFile('binary_file', 'The file holds binary data, not CSV text.');
    return chunk;
  });
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    relax_quotes: true,
    info: true,
    max_record_size: MAX_RECORD_BYTES,
  });
  // The pipeline hands a failure of the source (bad UTF-8, binary data) to the parser, which emits it.
  void pipeline(source, parser).catch(() => undefined);
  const state = watch(parser);
  /** The line the last record read ends on. */
  let lastLine = 0;
  try {
    for (;;) {
      const records: string[][] = [];
      for (let read = parser.read() as RecordWithInfo | null; read !== null; read = parser.read()) {
        const { record, info } = read;
        lastLine = info.lines;
        if (record.length > MAX_COLUMNS) {
          throw new UnreadableFile(
            'too_many_columns',
            `The row on line ${info.lines} has ${record.length} columns; a file may have ${MAX_COLUMNS}.`,
          );
        }
        records.push(record);
      }
      if (state.failure !== undefined) throw state.failure;
      if (records.length > 0) yield records;
      else if (state.ended) return;
      else await state.next();
    }
  } catch (error) {
    throw asUnreadable(error, lastLine);
  } finally {
    parser.destroy();
  }
}

/**
 * Whether the parser has ended or failed, and a wait for it to have records, end or fail. Closed before its end
 * without an error (never seen: the pipeline passes its failures on), it fails rather than cut the file short.
 */
function watch(parser: Parser): { ended: boolean; failure: unknown; next(): Promise<void> } {
  const events = ['readable', 'end', 'error', 'close'] as const;
  const state = {
    ended: false,
    failure: undefined as unknown,
    next: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          for (const event of events) parser.off(event, done);
          resolve();
        };
        for (const event of events) parser.on(event, done);
      }),
  };
  parser
    .on('end', () => (state.ended = true))
    .on('error', (error) => (state.failure ??= error))
    .on('close', () => {
      if (!state.ended) {
        state.failure ??= new UnreadableFile(
          'malformed_csv',
          'The file ended before it could be read whole.',
        );
      }
    });
  return state;
}

interface RecordWithInfo {
  record: string[];
  info: { lines: number };
}

function asUnreadable(error: unknown, lastLine: number): unknown {
  if (error instanceof UnreadableFile) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
    return new UnreadableFile(
      'not_utf8',
      'The file is not UTF-8 text: save it as "CSV UTF-8" and upload it again.',
    );
  }
  if (code === 'CSV_MAX_RECORD_SIZE') {
    return new UnreadableFile('record_too_long', `A row is longer than ${MAX_RECORD_BYTES} bytes.`);
  }
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    return new UnreadableFile(
      'malformed_csv',
      `The file is not valid CSV: a field opened with a quote on line ${lastLine + 1} or after is never closed.`,
    );
  }
  if (error instanceof CsvError) {
    return new UnreadableFile(
      'malformed_csv',
      `The file is not valid CSV on line ${(error as { lines?: number }).lines ?? lastLine + 1}: ${error.message}`,
    );
  }
  return error;
}
