import { NavLink } from 'react-router';
import { useAdminServices, useAuth, useMe } from '../features/auth';
import { useI18n } from '../i18n';

export function Header() {
  const { m } = useI18n();
  const auth = useAuth();
  const me = useMe();
  const admin = useAdminServices();
  const displayName = me.data?.displayName || auth.tokenName || auth.username;

  return (
    <header className="app-header">
      <span className="brand">{m.app.productName}</span>
      <nav aria-label={m.app.navigation}>
        <NavLink to="/tickets/mine">{m.nav.myTickets}</NavLink>
        <NavLink to="/tickets/all">{m.nav.allTickets}</NavLink>
        <NavLink to="/tickets/new">{m.nav.newTicket}</NavLink>
        {admin.services.length > 0 && (
          <NavLink to="/admin" data-testid="nav-admin">
            {m.nav.admin}
          </NavLink>
        )}
      </nav>
      <span className="user" data-testid="current-user" data-username={auth.username}>
        {displayName}
      </span>
      <button type="button" className="secondary" onClick={auth.logout}>
        {m.app.logout}
      </button>
    </header>
  );
}
