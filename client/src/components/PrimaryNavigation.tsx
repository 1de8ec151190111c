import { NavLink } from 'react-router-dom';
import { useSession } from '../session/SessionContext';

const ITEMS = [
  { to: '/', label: 'Meetings', end: true },
  { to: '/people', label: 'People', end: false },
  { to: '/actions', label: 'Our open actions', end: false },
  { to: '/account', label: 'Your account', end: false },
];

/** Only administrators see these; the server refuses everyone else in any case. */
const ADMIN_ITEMS = [
  { to: '/admin/users', label: 'Users', end: false },
  { to: '/admin/audit', label: 'Audit log', end: false },
  { to: '/admin/identity-providers', label: 'Sign-in providers', end: false },
];

export function PrimaryNavigation() {
  const { user } = useSession();
  const items = user?.role === 'admin' ? [...ITEMS, ...ADMIN_ITEMS] : ITEMS;
  return (
    <div className="moj-primary-navigation">
      <div className="moj-primary-navigation__container">
        <div className="moj-primary-navigation__nav">
          <nav className="moj-primary-navigation" aria-label="Main navigation">
            <ul className="moj-primary-navigation__list">
              {items.map((item) => (
                <li className="moj-primary-navigation__item" key={item.to}>
                  {/* NavLink sets aria-current="page", which the MOJ styles use for the active item. */}
                  <NavLink className="moj-primary-navigation__link" to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}
