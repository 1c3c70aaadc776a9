import { Alert, Loader } from '@mantine/core';
import { Navigate, Route, Routes } from 'react-router-dom';
import { ProblemAlert } from '../api/problem-alert';
import { NotFoundPage } from '../app/not-found-page';
import { useMe } from '../session/use-me';
import { InstitutionsPage } from './institutions-page';

/** The platform administrator's pages, `/admin/…`. */
export function AdminConsole() {
  const me = useMe();
  if (me.error) return <ProblemAlert error={me.error} />;
  if (!me.data) return <Loader aria-label="Loading" />;
  if (me.data.userType !== 'platform_admin') {
    return (
      <Alert color="red" title="Not for your account" role="alert">
        Only platform administrators can open these pages.
      </Alert>
    );
  }
  return (
    <Routes>
      <Route index element={<Navigate to="institutions" replace />} />
      <Route path="institutions" element={<InstitutionsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
