import { Alert, Loader } from '@mantine/core';
import { type ReactNode, useDeferredValue } from 'react';
import { ProblemAlert } from '../api/problem-alert';
import { useMe, worksAt } from '../session/use-me';

/**
 * Its children for the school's career services staff; anyone else is told the console is not theirs. The console's
 * page is built in the background once the person is known, so the browser stays responsive meanwhile.
 */
export function RequireStaff({ institutionId, children }: { institutionId: string; children: ReactNode }) {
  const me = useMe();
  const person = useDeferredValue(me.data);
  if (me.error) return <ProblemAlert error={me.error} />;
  if (!person) return <Loader aria-label="Loading" />;
  if (!worksAt(person, institutionId)) {
    return (
      <Alert color="red" title="Not your school's console" role="alert">
        Only the school's career services staff can open these pages.
      </Alert>
    );
  }
  return children;
}
