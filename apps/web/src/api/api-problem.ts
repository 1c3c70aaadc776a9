import { problemOf, type Problem } from '@careers/api-client';

/** A refused request, carrying the gateway's problem details (or one made up for a network failure). */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }

  get status(): number {
    return this.problem.status;
  }

  /** The problem's code: the end of its `urn:careers:problem:<code>` type. */
  get code(): string {
    return this.problem.type.split(':').pop() ?? '';
  }

  /** The message the API gave for each field that was wrong, by field name. */
  fieldErrors(): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const { field, message } of this.problem.errors ?? []) errors[field] ??= message;
    return errors;
  }
}

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful answer; a refusal throws an ApiProblem. */
export async function answer<T>(request: Promise<ClientResult<T>>): Promise<T> {
  let result: ClientResult<T>;
  try {
    result = await request;
  } catch {
    throw new ApiProblem(unreachable());
  }
  if (result.response.ok) return result.data as T;
  throw new ApiProblem(problemOf(result) ?? unexpected(result.response));
}

function unreachable(): Problem {
  return {
    type: 'urn:careers:problem:service-unavailable',
    title: 'No connection',
    status: 503,
    detail: 'The server could not be reached. Check your connection and try again.',
  };
}

function unexpected(response: Response): Problem {
  return {
    type: 'urn:careers:problem:internal-error',
    title: 'Unexpected answer',
    status: response.status,
    detail: `The server answered ${response.status} ${response.statusText}. Try again in a moment.`,
  };
}
