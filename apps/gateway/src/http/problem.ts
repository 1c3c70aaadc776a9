import type { FieldError } from '@careers/messaging';

/** An RFC 9457 problem details body, as every error of the API is answered. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  errorId?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types are URNs named after the error's code, stable for clients to switch on. */
export function problemType(code: string): string {
  return `urn:careers:problem:${code.replace(/_/g, '-')}`;
}
