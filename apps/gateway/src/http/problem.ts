import { PROBLEMS, problemType, type ProblemCode } from '@careers/contracts';
import type { FieldError } from '@careers/rpc';

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

/** The problem of a registered code (its type, status and title), with what happened this time. */
export function problemOf(
  code: ProblemCode,
  detail: string,
  more: Pick<Problem, 'errors' | 'errorId'> = {},
): Problem {
  const { status, title } = PROBLEMS[code];
  return {
    type: problemType(code),
    title,
    status,
    detail,
    ...(more.errors?.length ? { errors: more.errors } : {}),
    ...(more.errorId ? { errorId: more.errorId } : {}),
  };
}
