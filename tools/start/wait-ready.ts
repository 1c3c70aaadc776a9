import { setTimeout as delay } from 'node:timers/promises';

export type Readiness = { ready: true } | { ready: false; lastAnswer: string };

function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause;
    if (cause instanceof Error) {
      const code = (cause as NodeJS.ErrnoException).code;
      return code ?? cause.message;
    }
    return error.message;
  }
  return String(error);
}

/**
 * Polls url until it answers 200, the deadline passes, or keepWaiting() says stop. Resolves with
 * the last answer seen when it never got a 200.
 */
export async function waitForHttpOk(
  url: string,
  deadline: number,
  keepWaiting: () => boolean,
): Promise<Readiness> {
  let lastAnswer = 'no answer yet';
  while (Date.now() < deadline && keepWaiting()) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.status === 200) return { ready: true };
      lastAnswer = `HTTP ${response.status}`;
    } catch (error) {
      lastAnswer = describeFailure(error);
    }
    await delay(500);
  }
  return { ready: false, lastAnswer };
}
