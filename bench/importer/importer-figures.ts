import { FigureLog } from '../shared/bench-figures';
import { ImporterBench, RSS_TARGET_MIB, RUN_TARGET_MS, UPLOAD_TARGET_MS } from './bench-report';

/** The importer's figures for `npm run bench`, each import's times against the COPY of the same rows. */
export function recordImporterFigures(bench: ImporterBench): void {
  const { file, copy } = bench;
  const figures = new FigureLog(
    'importer',
    `${file.rows.toLocaleString('en')} rows (${(file.bytes / 1e6).toFixed(1)} MB), a manual Students import`,
  );
  const copyTime = { name: 'COPY of the same rows', value: copy.ms };
  figures.add({
    figure: "the run's writes of the same rows, set-based, by PostgreSQL alone",
    value: bench.writes.ms,
    unit: 'ms',
    baseline: copyTime,
  });
  for (const { label, upload, run } of bench.passes) {
    figures.add({
      figure: `${label}: upload with analysis and dry run`,
      value: upload.ms,
      unit: 'ms',
      baseline: copyTime,
      target: { atMost: UPLOAD_TARGET_MS },
    });
    figures.add({
      figure: `${label}: run, POST to ${run.final.status}`,
      value: run.ms,
      unit: 'ms',
      baseline: copyTime,
      target: { atMost: RUN_TARGET_MS },
    });
    figures.add({
      figure: `${label}: upload and run`,
      value: upload.ms + run.ms,
      unit: 'ms',
      baseline: copyTime,
    });
    figures.add({
      figure: `${label}: rows per second of the run`,
      value: run.final.rows / (run.ms / 1000),
      unit: 'rows/s',
      baseline: { name: 'COPY of the same rows', value: copy.rows / (copy.ms / 1000) },
    });
  }
  figures.addPeakMemory(bench.peaks, { atMost: RSS_TARGET_MIB });
}
