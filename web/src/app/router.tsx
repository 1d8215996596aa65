import { createBrowserRouter, Navigate, Outlet, type RouteObject } from 'react-router';

import { RequireAdmin, RequireAuth, RequireConsent } from './route-guards';
import { RouteFocus } from './route-focus';
import { AppLayout } from './routes/app-layout';
import { BillingRoute } from './routes/billing';
import { CheckInboxRoute } from './routes/check-inbox';
import { ConfirmEmailRoute } from './routes/confirm-email';
import { DashboardRoute } from './routes/dashboard';
import { ForgotPasswordRoute } from './routes/forgot-password';
import { JobDetailRoute } from './routes/job-detail';
import { JobNewRoute } from './routes/job-new';
import { LandingRoute } from './routes/landing';
import { PrivacyRoute, TermsRoute } from './routes/legal';
import { LogoutRoute } from './routes/logout';
import { NotFoundRoute } from './routes/not-found';
import { OptimizeNewRoute } from './routes/optimize-new';
import { ResetPasswordRoute } from './routes/reset-password';
import { ResumeDetailRoute } from './routes/resume-detail';
import { ResumeNewRoute } from './routes/resume-new';
import { RouteError } from './routes/route-error';
import {
  SettingsActivityRoute,
  SettingsDataRoute,
  SettingsDeleteAccountRoute,
  SettingsNotificationsRoute,
  SettingsProfileRoute,
  SettingsRoute,
  SettingsSecurityRoute,
  SettingsSessionsRoute,
} from './routes/settings';
import { SignUpRoute } from './routes/sign-up';
import { UnsubscribeRoute } from './routes/unsubscribe';
import { VerifyEmailRoute } from './routes/verify-email';

function Root() {
  return (
    <>
      <RouteFocus />
      <Outlet />
    </>
  );
}

export const routes: RouteObject[] = [
  {
    element: <Root />,
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <LandingRoute /> },
      { path: '/sign-in', element: <LandingRoute /> },
      { path: '/sign-up', element: <SignUpRoute /> },
      { path: '/verify-email', element: <VerifyEmailRoute /> },
      { path: '/confirm-email', element: <ConfirmEmailRoute /> },
      { path: '/unsubscribe', element: <UnsubscribeRoute /> },
      { path: '/forgot-password', element: <ForgotPasswordRoute /> },
      { path: '/reset-password', element: <ResetPasswordRoute /> },
      { path: '/logout', element: <LogoutRoute /> },
      { path: '/terms', element: <TermsRoute /> },
      { path: '/privacy', element: <PrivacyRoute /> },
      {
        element: <RequireAuth />,
        children: [
          {
            // Terms and privacy policy versions newer than the ones accepted are asked for first.
            element: <RequireConsent />,
            children: [
              { path: '/check-inbox', element: <CheckInboxRoute /> },
              {
                element: <AppLayout />,
                children: [
                  { path: '/dashboard', element: <DashboardRoute /> },
                  {
                    path: '/settings',
                    element: <SettingsRoute />,
                    children: [
                      { index: true, element: <SettingsProfileRoute /> },
                      { path: 'notifications', element: <SettingsNotificationsRoute /> },
                      { path: 'security', element: <SettingsSecurityRoute /> },
                      { path: 'sessions', element: <SettingsSessionsRoute /> },
                      { path: 'activity', element: <SettingsActivityRoute /> },
                      { path: 'data', element: <SettingsDataRoute /> },
                      { path: 'delete-account', element: <SettingsDeleteAccountRoute /> },
                    ],
                  },
                  { path: '/resumes/new', element: <ResumeNewRoute /> },
                  { path: '/resumes/:resumeId', element: <ResumeDetailRoute /> },
                  { path: '/jobs/new', element: <JobNewRoute /> },
                  { path: '/jobs/:jobId', element: <JobDetailRoute /> },
                  { path: '/optimize', element: <OptimizeNewRoute /> },
                  { path: '/billing', element: <BillingRoute /> },
                  // The review and version pages carry most of the code: loaded when first opened.
                  {
                    path: '/optimizations/:optimizationId',
                    lazy: () => import('./routes/optimization').then((module) => ({ Component: module.OptimizationRoute })),
                  },
                  {
                    path: '/versions',
                    lazy: () => import('./routes/versions').then((module) => ({ Component: module.VersionsRoute })),
                  },
                  {
                    path: '/versions/:versionId',
                    lazy: () => import('./routes/version').then((module) => ({ Component: module.VersionRoute })),
                  },
                ],
              },
              // Admins only; the pages load when first opened.
              {
                element: <RequireAdmin />,
                children: [
                  {
                    element: <AppLayout />,
                    children: [
                      {
                        path: '/admin',
                        lazy: () => import('./routes/admin').then((module) => ({ Component: module.AdminRoute })),
                        children: [
                          { index: true, element: <Navigate to="/admin/users" replace /> },
                          {
                            path: 'users',
                            lazy: () => import('./routes/admin').then((module) => ({ Component: module.AdminUsersRoute })),
                          },
                          {
                            path: 'audit',
                            lazy: () => import('./routes/admin').then((module) => ({ Component: module.AdminAuditRoute })),
                          },
                          {
                            path: 'queue',
                            lazy: () => import('./routes/admin').then((module) => ({ Component: module.AdminQueueRoute })),
                          },
                          {
                            path: 'usage',
                            lazy: () => import('./routes/admin').then((module) => ({ Component: module.AdminUsageRoute })),
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
