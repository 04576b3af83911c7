import { Link, NavLink, useLocation } from 'react-router';
import { useAdminServices, useAuth, useMe } from '../features/auth';
import { LOCALE_NAMES, LOCALE_ORDER, isLocale, useI18n, useLocale } from '../i18n';
import { lastList } from './last-list';

/** 한국어 / 日本語 / English, each named in itself; the switch applies at once and is remembered. */
function LanguageSelect() {
  const { m } = useI18n();
  const [locale, setLocale] = useLocale();
  return (
    <label className="language">
      <span className="visually-hidden">{m.app.language}</span>
      <select
        value={locale}
        data-testid="language-select"
        onChange={(e) => isLocale(e.target.value) && setLocale(e.target.value)}
      >
        {LOCALE_ORDER.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Header() {
  const { m } = useI18n();
  const auth = useAuth();
  const me = useMe();
  const admin = useAdminServices();
  const displayName = me.data?.displayName || auth.tokenName || auth.username;
  // "Tickets" leads back to the list last looked at (which may be a search), and is current on the views and tickets
  const { pathname } = useLocation();
  const inViews = pathname.startsWith('/views/') || (pathname.startsWith('/tickets/') && pathname !== '/tickets/new');

  return (
    <header className="app-header">
      <span className="brand">{m.app.productName}</span>
      <nav aria-label={m.app.navigation}>
        <Link
          to={lastList()}
          className={inViews ? 'active' : undefined}
          aria-current={inViews ? 'page' : undefined}
          data-testid="nav-tickets"
        >
          {m.nav.tickets}
        </Link>
        <NavLink to="/search" data-testid="nav-search">
          {m.nav.search}
        </NavLink>
        <NavLink to="/dashboard" data-testid="nav-dashboard">
          {m.nav.dashboard}
        </NavLink>
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
      <LanguageSelect />
      <button type="button" className="secondary" onClick={auth.logout}>
        {m.app.logout}
      </button>
    </header>
  );
}
