/** A 5xx answer means the server refused the message for good; anything else (no connection, 4xx) is worth a retry. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | undefined)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

export function describeSmtpFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
