import { Link, NavLink, Outlet, useParams } from 'react-router';
import { DeadLetters, MailSettings, QuarantineDetail, QuarantineList } from '../../features/admin-mail';
import { isOrgAdmin, useAdminServices, useMe } from '../../features/auth';
import { DoorayConnectionSettings } from '../../features/dooray';
import { FieldAdmin } from '../../features/fields';
import { ForbiddenWordsAdmin } from '../../features/forbidden-words';
import { ServicesAdmin, ServiceSettingsPage } from '../../features/services';
import { SlaPolicies } from '../../features/sla';
import { TemplateAdmin } from '../../features/templates';
import { TypeTreeAdmin } from '../../features/type-trees';
import { ErrorMessage } from '../../components/ErrorMessage';
import { format, useI18n } from '../../i18n';

const servicePath = (code: string) => `/admin/services/${encodeURIComponent(code)}`;

/**
 * The services the user administers (auth feature), each with its settings, mail screens (admin-mail feature), Dooray
 * connection, SLA policies, templates, type trees, fields and forbidden words; org-admins also reach every service of the organisation.
 */
export function AdminHomeRoute() {
  const { m } = useI18n();
  const admin = useAdminServices();
  const orgAdmin = isOrgAdmin(useMe().data);
  if (admin.isPending) return <p className="muted">{m.app.loading}</p>;
  if (admin.error) return <ErrorMessage error={admin.error} fallback={m.admin.loadFailed} />;
  return (
    <div data-testid="admin-home">
      <h1>{m.admin.heading}</h1>
      {orgAdmin && (
        <p>
          <Link to="/admin/services" data-testid="admin-all-services">
            {m.services.heading}
          </Link>{' '}
          <span className="muted">{m.services.hint}</span>
        </p>
      )}
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
                  <Link to={`${servicePath(s.code)}/settings`}>{m.services.settingsLink}</Link>
                  <Link to={`${servicePath(s.code)}/inquiry-types`}>{m.typeTrees.inquiryLink}</Link>
                  <Link to={`${servicePath(s.code)}/processing-types`}>{m.typeTrees.processingLink}</Link>
                  <Link to={`${servicePath(s.code)}/fields`}>{m.fieldsAdmin.adminLink}</Link>
                  <Link to={`${servicePath(s.code)}/mail`}>{m.admin.mailSettings}</Link>
                  <Link to={`${servicePath(s.code)}/dead-letters`}>{m.admin.deadLetters}</Link>
                  <Link to={`${servicePath(s.code)}/quarantine`}>{m.admin.quarantine}</Link>
                  <Link to={`${servicePath(s.code)}/dooray`}>{m.admin.dooray}</Link>
                  <Link to={`${servicePath(s.code)}/sla`}>{m.admin.sla}</Link>
                  <Link to={`${servicePath(s.code)}/templates`}>{m.templates.adminLink}</Link>
                  <Link to={`${servicePath(s.code)}/forbidden-words`}>{m.forbiddenWordsAdmin.adminLink}</Link>
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
        <NavLink to={`${servicePath(code)}/settings`}>{m.services.settingsLink}</NavLink>
        <NavLink to={`${servicePath(code)}/inquiry-types`}>{m.typeTrees.inquiryLink}</NavLink>
        <NavLink to={`${servicePath(code)}/processing-types`}>{m.typeTrees.processingLink}</NavLink>
        <NavLink to={`${servicePath(code)}/fields`}>{m.fieldsAdmin.adminLink}</NavLink>
        <NavLink to={`${servicePath(code)}/mail`}>{m.admin.mailSettings}</NavLink>
        <NavLink to={`${servicePath(code)}/dead-letters`}>{m.admin.deadLetters}</NavLink>
        <NavLink to={`${servicePath(code)}/quarantine`}>{m.admin.quarantine}</NavLink>
        <NavLink to={`${servicePath(code)}/dooray`}>{m.admin.dooray}</NavLink>
        <NavLink to={`${servicePath(code)}/sla`}>{m.admin.sla}</NavLink>
        <NavLink to={`${servicePath(code)}/templates`}>{m.templates.adminLink}</NavLink>
        <NavLink to={`${servicePath(code)}/forbidden-words`}>{m.forbiddenWordsAdmin.adminLink}</NavLink>
      </nav>
      <Outlet />
    </>
  );
}

/** Every service of the organisation, and a new one (services feature): org-admins only, as the API. */
export function ServicesRoute() {
  const { m } = useI18n();
  const me = useMe();
  if (me.isPending) return <p className="muted">{m.app.loading}</p>;
  if (!isOrgAdmin(me.data)) {
    return (
      <div className="alert" role="alert" data-testid="admin-not-allowed">
        {m.services.orgAdminsOnly}
      </div>
    );
  }
  return (
    <>
      <nav className="sub-nav" aria-label={m.services.heading}>
        <Link to="/admin">{m.admin.heading}</Link>
      </nav>
      <ServicesAdmin settingsPath={(code) => `${servicePath(code)}/settings`} />
    </>
  );
}

/** One service's settings (services feature): org-admins change them, the service's admins read them. */
export function ServiceSettingsRoute() {
  const { code = '' } = useParams();
  const me = useMe();
  return <ServiceSettingsPage key={code} code={code} mayEdit={isOrgAdmin(me.data)} />;
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

/**
 * The service's SLA policies (SLA feature); the layout lets only the service's admins in, so they edit, and the page
 * is read-only for anyone the auth feature does not count as an admin of the service.
 */
export function SlaPoliciesRoute() {
  const { code = '' } = useParams();
  const admin = useAdminServices();
  return <SlaPolicies key={code} code={code} mayAdminister={admin.canAdminister(code)} />;
}

/** The service's templates (templates feature); org-admins may also create shared ones. */
export function TemplatesRoute() {
  const { code = '' } = useParams();
  const me = useMe();
  return <TemplateAdmin key={code} code={code} mayShare={isOrgAdmin(me.data)} />;
}

/** The service's inquiry types (type-trees feature). */
export function InquiryTypesRoute() {
  const { code = '' } = useParams();
  return <TypeTreeAdmin key={code} code={code} kind="inquiry-types" />;
}

/** The service's processing types (type-trees feature). */
export function ProcessingTypesRoute() {
  const { code = '' } = useParams();
  return <TypeTreeAdmin key={code} code={code} kind="processing-types" />;
}

/** The service's system, customer and operator fields with a preview of the customer form (fields feature). */
export function FieldsRoute() {
  const { code = '' } = useParams();
  return <FieldAdmin key={code} code={code} />;
}

/** The service's forbidden words (forbidden-words feature). */
export function ForbiddenWordsRoute() {
  const { code = '' } = useParams();
  return <ForbiddenWordsAdmin key={code} code={code} />;
}

export function QuarantineDetailRoute() {
  const { code = '', id = '' } = useParams();
  return <QuarantineDetail key={id} code={code} id={id} />;
}
