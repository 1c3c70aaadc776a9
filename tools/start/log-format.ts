import { prettyFactory } from 'pino-pretty';

/**
 * How the apps' log lines are shown: readable (time, level, message and fields, in colour) in a terminal, the JSON
 * lines as they are when the output is not a terminal, in production, or with LOG_FORMAT=json.
 */
export function logLineFormat(): ((line: string) => string) | undefined {
  const json =
    !process.stdout.isTTY || process.env['NODE_ENV'] === 'production' || process.env['LOG_FORMAT'] === 'json';
  if (json) return undefined;
  const pretty = prettyFactory({
    colorize: !process.env['NO_COLOR'],
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,app',
    singleLine: true,
  });
  return (line) => (line.startsWith('{') ? pretty(line).trimEnd() : line);
}
