import { Link, NavLink, Outlet, useParams } from 'react-router';
import { DeadLetters, MailSettings, QuarantineDetail, QuarantineList } from '../../features/admin-mail';
import { useAdminServices } from '../../features/auth';
import { DoorayConnectionSettings } from '../../features/dooray';
import { ErrorMessage } from '../../components/ErrorMessage';
import { format, useI18n } from '../../i18n';

const servicePath = (code: string) => `/admin/services/${encodeURIComponent(code)}`;

/** The services the user administers (auth feature), each with its mail screens (admin-mail feature) and Dooray connection. */
export function AdminHomeRoute() {
  const { m } = useI18n();
  const admin = useAdminServices();
  if (admin.isPending) return <p className="muted">{m.app.loading}</p>;
  if (admin.error) return <ErrorMessage error={admin.error} fallback={m.admin.loadFailed} />;
  return (
    <div data-testid="admin-home">
      <h1>{m.admin.heading}</h1>
      {admin.services.length === 0 ? (
        <p className="muted">{m.admin.none}</p>
      ) : (
        <>
          <h2>{m.admin.services}</h2>
          <ul className="admin-services">
            {admin.services.map((s) => (
              <li key={s.code} data-testid="admin-service">
                <strong>{s.name}</strong> <span className="muted">({s.code})</span>
                <span className="links">
                  <Link to={`${servicePath(s.code)}/mail`}>{m.admin.mailSettings}</Link>
                  <Link to={`${servicePath(s.code)}/dead-letters`}>{m.admin.deadLetters}</Link>
                  <Link to={`${servicePath(s.code)}/quarantine`}>{m.admin.quarantine}</Link>
                  <Link to={`${servicePath(s.code)}/dooray`}>{m.admin.dooray}</Link>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * One service's administration: shown only to its admins (the server answers 403/404 to others
 * anyway), with a sub-navigation between the mail screens and the Dooray connection.
 */
export function AdminServiceLayout() {
  const { m } = useI18n();
  const { code = '' } = useParams();
  const admin = useAdminServices();
  if (admin.isPending) return <p className="muted">{m.app.loading}</p>;
  if (admin.error) return <ErrorMessage error={admin.error} fallback={m.admin.loadFailed} />;
  if (!admin.canAdminister(code)) {
    return (
      <div className="alert" role="alert" data-testid="admin-not-allowed">
        {format(m.admin.notAllowed, { code })}
      </div>
    );
  }
  return (
    <>
      <nav className="sub-nav" aria-label={format(m.admin.serviceNav, { code })}>
        <Link to="/admin">{m.admin.heading}</Link>
        <span aria-hidden="true">›</span>
        <NavLink to={`${servicePath(code)}/mail`}>{m.admin.mailSettings}</NavLink>
        <NavLink to={`${servicePath(code)}/dead-letters`}>{m.admin.deadLetters}</NavLink>
        <NavLink to={`${servicePath(code)}/quarantine`}>{m.admin.quarantine}</NavLink>
        <NavLink to={`${servicePath(code)}/dooray`}>{m.admin.dooray}</NavLink>
      </nav>
      <Outlet />
    </>
  );
}

export function MailSettingsRoute() {
  const { code = '' } = useParams();
  return <MailSettings key={code} code={code} />;
}

export function DeadLettersRoute() {
  const { code = '' } = useParams();
  return <DeadLetters key={code} code={code} />;
}

export function QuarantineRoute() {
  const { code = '' } = useParams();
  return <QuarantineList key={code} code={code} />;
}

/** The service's Dooray! connection (Dooray feature). */
export function DoorayConnectionRoute() {
  const { code = '' } = useParams();
  return <DoorayConnectionSettings key={code} code={code} />;
}

export function QuarantineDetailRoute() {
  const { code = '', id = '' } = useParams();
  return <QuarantineDetail key={id} code={code} id={id} />;
}
