import { Navigate, type RouteObject } from 'react-router-dom';
import { CancelEmailChangePage } from './cancel-email-change-page';
import { ChoosePasswordPage } from './choose-password-page';
import { ConfirmEmailPage } from './confirm-email-page';
import { InvitationPage } from './invitation-page';
import { MyRequestsPage } from './my-requests-page';
import { MySchoolsPage } from './my-schools-page';
import { ProfilePage } from './profile-page';
import { ResetPasswordPage } from './reset-password-page';
import { SignInPage } from './sign-in-page';
import { SignUpPage } from './sign-up-page';
import { SingleSignOnCallbackPage } from './single-sign-on-callback-page';
import { VerifyEmailPage } from './verify-email-page';

/** The pages reached signed out, among them every page a mail links to (the paths are the mails' links). */
export const publicAccountRoutes: RouteObject[] = [
  { path: 'login', element: <SignInPage /> },
  { path: 'sign-in/single-sign-on', element: <SingleSignOnCallbackPage /> },
  { path: 'signup', element: <SignUpPage /> },
  { path: 'verify-email', element: <VerifyEmailPage /> },
  {
    path: 'set-password',
    element: (
      <ChoosePasswordPage title="Set your password" intro="Choose the password you will sign in with." />
    ),
  },
  { path: 'reset-password', element: <ResetPasswordPage /> },
  { path: 'confirm-email', element: <ConfirmEmailPage /> },
  { path: 'cancel-email-change', element: <CancelEmailChangePage /> },
  { path: 'invitation', element: <InvitationPage /> },
];

/** The person's own pages. */
export const accountRoutes: RouteObject[] = [
  { path: 'me', element: <ProfilePage /> },
  { path: 'me/schools', element: <MySchoolsPage /> },
  { path: 'me/requests', element: <MyRequestsPage /> },
  { path: 'staff-invitations', element: <Navigate to="/me/schools" replace /> },
];
