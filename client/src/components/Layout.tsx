import { Outlet, useMatch } from 'react-router-dom';
import { useSession } from '../session/SessionContext';
import { Footer } from './Footer';
import { Header } from './Header';
import { PrimaryNavigation } from './PrimaryNavigation';
import { ProtectiveMarking } from './ProtectiveMarking';
import { SessionTimeoutWarning } from './SessionTimeoutWarning';
import { SkipLink } from './SkipLink';

/** The frame of every page: skip link, protective marking, header, navigation, main, footer. */
export function Layout() {
  const { user } = useSession();
  // The live room uses the full screen width (projectors, side-by-side documents).
  const room = useMatch('/meetings/:meetingId/room');
  const presentation = useMatch('/meetings/:meetingId/present');
  const wide = room !== null || presentation !== null;
  return (
    <>
      <SkipLink />
      <ProtectiveMarking />
      <Header />
      {user && <PrimaryNavigation />}
      <div className={wide ? 'roundtable-wide-container' : 'govuk-width-container'}>
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <Footer />
      {user && <SessionTimeoutWarning />}
    </>
  );
}
