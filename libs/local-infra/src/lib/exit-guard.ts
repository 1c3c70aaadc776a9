import type { ChildProcess } from 'node:child_process';

const children = new Set<ChildProcess>();

function killAll(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
}

/**
 * Sends SIGTERM to the child when this process exits without having stopped it, so that a crashed
 * test run or command leaves no server behind. One process 'exit' listener serves every child.
 */
export function killOnExit(child: ChildProcess): void {
  if (children.size === 0) process.on('exit', killAll);
  children.add(child);
  child.once('close', () => {
    children.delete(child);
    if (children.size === 0) process.removeListener('exit', killAll);
  });
}
