import type { ChildProcess } from 'node:child_process';

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  error?: Error;
}

/** Resolves once the child has ended and its output is read (also when it could not be spawned). */
export function childClosed(child: ChildProcess): Promise<ChildExit> {
  return new Promise((resolve) => {
    let error: Error | undefined;
    child.once('error', (err) => {
      error = err;
    });
    child.once('close', (code, signal) => resolve({ code, signal, error }));
  });
}

export function describeExit(exit: ChildExit): string {
  if (exit.error) return exit.error.message;
  return exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
}

/** SIGTERM, wait up to timeoutMs for the child to end, then SIGKILL. */
export async function terminateChild(
  child: ChildProcess,
  closed: Promise<ChildExit>,
  timeoutMs = 10_000,
): Promise<ChildExit> {
  if (child.exitCode !== null || child.signalCode !== null) return closed;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const first = await Promise.race([closed, timedOut]);
  clearTimeout(timer);
  if (first === 'timeout') child.kill('SIGKILL');
  return closed;
}
