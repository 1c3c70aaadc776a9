import { Loader } from '@mantine/core';
import { Navigate } from 'react-router-dom';
import { ProblemAlert } from '../api/problem-alert';
import { staffMemberships, useMe } from '../session/use-me';

/** Where a signed-in person starts: staff in their school's contacts, a platform administrator in the institutions, others in their schools. */
export function HomePage() {
  const me = useMe();
  if (me.error) return <ProblemAlert error={me.error} />;
  if (!me.data) return <Loader aria-label="Loading" />;
  if (me.data.userType === 'platform_admin') return <Navigate to="/admin/institutions" replace />;
  const [school] = staffMemberships(me.data);
  if (school) return <Navigate to={`/schools/${school.institutionId}/contacts`} replace />;
  return <Navigate to="/me/schools" replace />;
}
