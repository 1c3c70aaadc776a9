/** Whether a process with this id exists (EPERM: it does, but belongs to another user, e.g. postgres when run as root). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
