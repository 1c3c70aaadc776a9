import { createBrowserRouter, Navigate } from 'react-router-dom';
import { RequireSignIn } from '../session/require-sign-in';
import { accountRoutes, publicAccountRoutes } from '../account/account-routes';
import { AppLayout } from './app-layout';
import { HomePage } from './home-page';
import { NotFoundPage } from './not-found-page';
import { PublicLayout } from './public-layout';

/** Every page. The staff console, the employers' companies and the platform administration load when first opened. */
export const router = createBrowserRouter([
  { element: <PublicLayout />, children: publicAccountRoutes },
  {
    element: (
      <RequireSignIn>
        <AppLayout />
      </RequireSignIn>
    ),
    children: [
      { index: true, element: <HomePage /> },
      ...accountRoutes,
      {
        path: 'schools/:institutionId/*',
        lazy: async () => ({ Component: (await import('../console/school-console')).SchoolConsole }),
      },
      {
        path: 'companies',
        lazy: async () => ({
          Component: (await import('../companies/employer-companies-page')).EmployerCompaniesPage,
        }),
      },
      {
        path: 'companies/:companyId',
        lazy: async () => ({
          Component: (await import('../companies/employer-company-page')).EmployerCompanyPage,
        }),
      },
      {
        path: 'admin/*',
        lazy: async () => ({ Component: (await import('../admin/admin-console')).AdminConsole }),
      },
    ],
  },
  { path: 'home', element: <Navigate to="/" replace /> },
  { path: '*', element: <NotFoundPage /> },
]);
