/**
 * A Markdown table, to paste into docs/performance.md as printed: the columns of `textColumns` (the first by default)
 * left-aligned, the others (figures) right-aligned.
 */
export function markdownTable(
  headers: string[],
  rows: string[][],
  textColumns: readonly number[] = [0],
): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => row[column].length)),
  );
  const isText = (column: number): boolean => textColumns.includes(column);
  const line = (cells: string[]): string =>
    `| ${cells.map((cell, column) => (isText(column) ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (isText(column) ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

export function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

/** Peak RSS by process, as one line of a report. */
export function peakMemoryLine(peaks: Record<string, number>): string {
  const each = Object.entries(peaks).map(([name, mib]) => `${name} ${mib.toFixed(0)} MiB`);
  return `Peak RSS over the benchmark (sampled every 100 ms): ${each.join(', ')}.`;
}
