import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { SignInPage } from './pages/auth/SignInPage';
import { MeetingsPage } from './pages/meetings/MeetingsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RequireSignIn } from './session/RequireSignIn';
import { SessionProvider } from './session/SessionContext';

// Only the sign-in page and the meetings list are in the first bundle: every other page is loaded when it is opened,
// so a participant on a poor link waits for little more than the page they asked for (issue 10 §6).
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  const Lazy = lazy(() => load().then((module): { default: ComponentType } => ({ default: module[name] as ComponentType })));
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Lazy />
      </Suspense>
    );
  };
}

const NotificationsPage = lazyPage(() => import('./pages/notifications/NotificationsPage'), 'NotificationsPage');
const OurActionsPage = lazyPage(() => import('./pages/actions/OurActionsPage'), 'OurActionsPage');
const UpdateActionPage = lazyPage(() => import('./pages/actions/UpdateActionPage'), 'UpdateActionPage');
const AccountPage = lazyPage(() => import('./pages/account/AccountPage'), 'AccountPage');
const AuditLogPage = lazyPage(() => import('./pages/admin/AuditLogPage'), 'AuditLogPage');
const IdentityProvidersPage = lazyPage(() => import('./pages/admin/IdentityProvidersPage'), 'IdentityProvidersPage');
const UsersPage = lazyPage(() => import('./pages/admin/UsersPage'), 'UsersPage');
const AgencyListPage = lazyPage(() => import('./pages/meetings/AgencyListPage'), 'AgencyListPage');
const MeetingOverviewPage = lazyPage(() => import('./pages/meetings/MeetingOverviewPage'), 'MeetingOverviewPage');
const MinutesPage = lazyPage(() => import('./pages/meetings/MinutesPage'), 'MinutesPage');
const PeoplePage = lazyPage(() => import('./pages/people/PeoplePage'), 'PeoplePage');
const PersonPage = lazyPage(() => import('./pages/people/PersonPage'), 'PersonPage');
const NewPersonPage = lazyPage(() => import('./pages/people/NewPersonPage'), 'NewPersonPage');
const EditPersonPage = lazyPage(() => import('./pages/people/EditPersonPage'), 'EditPersonPage');
const CustodyEpisodePage = lazyPage(() => import('./pages/people/CustodyEpisodePage'), 'CustodyEpisodePage');
const ItineraryPrintPage = lazyPage(() => import('./pages/people/ItineraryPrintPage'), 'ItineraryPrintPage');
const ScheduleMeetingPage = lazyPage(() => import('./pages/schedule/ScheduleMeetingPage'), 'ScheduleMeetingPage');

// The live room carries the editors and Yjs: loaded only when someone opens a room.
const MeetingRoom = lazy(() => import('./room/MeetingRoom'));

// The presentation view for the shared screen: read only, loaded only when someone opens it.
const PresentationPage = lazy(() => import('./room/present/PresentationView'));

function PresentationRoute() {
  return (
    <Suspense fallback={<Loading what="presentation" />}>
      <PresentationPage />
    </Suspense>
  );
}

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
          { path: '/meetings/:meetingId/present', element: <PresentationRoute /> },
          { path: '/meetings/:meetingId/minutes', element: <MinutesPage /> },
          { path: '/meetings/:meetingId/agencies/:agencyId', element: <AgencyListPage /> },
          { path: '/actions', element: <OurActionsPage /> },
          { path: '/actions/:actionId', element: <UpdateActionPage /> },
          { path: '/people', element: <PeoplePage /> },
          { path: '/people/new', element: <NewPersonPage /> },
          { path: '/people/:personId', element: <PersonPage /> },
          { path: '/people/:personId/change', element: <EditPersonPage /> },
          { path: '/people/:personId/custody-episodes/new', element: <CustodyEpisodePage /> },
          { path: '/people/:personId/custody-episodes/:episodeId/change', element: <CustodyEpisodePage /> },
          { path: '/people/:personId/itinerary/print', element: <ItineraryPrintPage /> },
          { path: '/admin/users', element: <UsersPage /> },
          { path: '/admin/audit', element: <AuditLogPage /> },
          { path: '/admin/identity-providers', element: <IdentityProvidersPage /> },
          { path: '/account', element: <AccountPage /> },
          { path: '/notifications', element: <NotificationsPage /> },
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
