/** Fails a phase that runs longer than its limit, so a plan gone wrong ends the run instead of hanging it. */
export async function withinTime<T>(phase: string, limitMs: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const overtime = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${phase} took more than ${Math.round(limitMs / 1000)} s: stopped`)),
      limitMs,
    );
  });
  try {
    return await Promise.race([work(), overtime]);
  } finally {
    clearTimeout(timer);
  }
}
