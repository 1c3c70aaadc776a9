import { Alert } from '@mantine/core';
import { ApiProblem } from './api-problem';

/** A refused request in words: the problem's title and what the API said about it. */
export function ProblemAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error.problem : undefined;
  const title = problem?.title ?? 'Something went wrong';
  const detail = problem?.detail ?? (error instanceof Error ? error.message : String(error));
  return (
    <Alert color="red" title={title} role="alert">
      {detail}
      {problem?.errorId ? ` (error ${problem.errorId})` : ''}
    </Alert>
  );
}
