import { Alert, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { ProblemAlert } from '../api/problem-alert';
import { useMe, worksAt } from '../session/use-me';

/** Its children for the school's career services staff; anyone else is told the console is not theirs. */
export function RequireStaff({ institutionId, children }: { institutionId: string; children: ReactNode }) {
  const me = useMe();
  if (me.error) return <ProblemAlert error={me.error} />;
  if (!me.data) return <Loader aria-label="Loading" />;
  if (!worksAt(me.data, institutionId)) {
    return (
      <Alert color="red" title="Not your school's console" role="alert">
        Only the school's career services staff can open these pages.
      </Alert>
    );
  }
  return children;
}
