/** The code of a JetStream API error (e.g. 10059 stream not found, 10071 wrong last sequence); undefined for others. */
export function apiErrorCode(error: unknown): number | undefined {
  const api = (error as { api_error?: { err_code?: number } } | undefined)?.api_error;
  return api?.err_code;
}
