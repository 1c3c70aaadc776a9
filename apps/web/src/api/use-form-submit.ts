import { useMutation } from '@tanstack/react-query';
import type { UseFormReturnType } from '@mantine/form';
import { ApiProblem } from './api-problem';

/**
 * Sends a form's values; a refusal puts the API's field errors beside their fields and keeps the problem for a
 * ProblemAlert. `onDone` gets the answer.
 */
export function useFormSubmit<Values extends Record<string, unknown>, Result>(
  form: UseFormReturnType<Values>,
  send: (values: Values) => Promise<Result>,
  onDone?: (result: Result, values: Values) => void,
) {
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: (result, values) => onDone?.(result, values),
    onError: (error) => {
      if (error instanceof ApiProblem) form.setErrors(error.fieldErrors());
    },
  });
  return {
    onSubmit: form.onSubmit((values) => mutation.mutate(values)),
    pending: mutation.isPending,
    error: mutation.error,
    done: mutation.isSuccess,
    result: mutation.data,
  };
}
