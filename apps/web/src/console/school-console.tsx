import { Navigate, Route, Routes, useParams } from 'react-router-dom';
import { NotFoundPage } from '../app/not-found-page';
import { CONSOLE_ROUTES } from './console-routes';
import { RequireStaff } from './require-staff';

/** The staff console of one school, `/schools/:institutionId/…`: loaded when staff first open it. */
export function SchoolConsole() {
  const { institutionId } = useParams();
  if (!institutionId) return <NotFoundPage />;
  return (
    <RequireStaff institutionId={institutionId}>
      <Routes>
        <Route index element={<Navigate to="contacts" replace />} />
        {CONSOLE_ROUTES.map(({ path, Page }) => (
          <Route key={path} path={path} element={<Page institutionId={institutionId} />} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequireStaff>
  );
}
