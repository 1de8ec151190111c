import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { OurActionsPage } from './pages/actions/OurActionsPage';
import { UpdateActionPage } from './pages/actions/UpdateActionPage';
import { AccountPage } from './pages/account/AccountPage';
import { AuditLogPage } from './pages/admin/AuditLogPage';
import { IdentityProvidersPage } from './pages/admin/IdentityProvidersPage';
import { UsersPage } from './pages/admin/UsersPage';
import { SignInPage } from './pages/auth/SignInPage';
import { AgencyActionsPage } from './pages/meetings/AgencyActionsPage';
import { MeetingOverviewPage } from './pages/meetings/MeetingOverviewPage';
import { MeetingsPage } from './pages/meetings/MeetingsPage';
import { MinutesPage } from './pages/meetings/MinutesPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PeoplePage } from './pages/people/PeoplePage';
import { PersonPage } from './pages/people/PersonPage';
import { NewPersonPage } from './pages/people/NewPersonPage';
import { EditPersonPage } from './pages/people/EditPersonPage';
import { ScheduleMeetingPage } from './pages/schedule/ScheduleMeetingPage';
import { RequireSignIn } from './session/RequireSignIn';
import { SessionProvider } from './session/SessionContext';

// The live room carries the editors and Yjs: loaded only when someone opens a room.
const MeetingRoom = lazy(() => import('./room/MeetingRoom'));

function MeetingRoomRoute() {
  return (
    <Suspense fallback={<Loading what="meeting room" />}>
      <MeetingRoom />
    </Suspense>
  );
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/login', element: <SignInPage /> },
      {
        element: <RequireSignIn />,
        children: [
          { path: '/', element: <MeetingsPage /> },
          { path: '/meetings/new', element: <ScheduleMeetingPage /> },
          { path: '/meetings/:meetingId', element: <MeetingOverviewPage /> },
          { path: '/meetings/:meetingId/room', element: <MeetingRoomRoute /> },
          { path: '/meetings/:meetingId/minutes', element: <MinutesPage /> },
          { path: '/meetings/:meetingId/agencies/:agencyId', element: <AgencyActionsPage /> },
          { path: '/actions', element: <OurActionsPage /> },
          { path: '/actions/:actionId', element: <UpdateActionPage /> },
          { path: '/people', element: <PeoplePage /> },
          { path: '/people/new', element: <NewPersonPage /> },
          { path: '/people/:personId', element: <PersonPage /> },
          { path: '/people/:personId/change', element: <EditPersonPage /> },
          { path: '/admin/users', element: <UsersPage /> },
          { path: '/admin/audit', element: <AuditLogPage /> },
          { path: '/admin/identity-providers', element: <IdentityProvidersPage /> },
          { path: '/account', element: <AccountPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
