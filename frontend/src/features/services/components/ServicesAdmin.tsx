import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { format, useI18n } from '../../../i18n';
import { useCreateService, useServices } from '../hooks/use-services';
import { emptyServiceForm } from '../lib/service-form';
import { ServiceForm } from './ServiceForm';

/** The browser's own zone, where a new service most likely works. */
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Seoul';

/**
 * Every service of the organisation, searchable, each linking to its settings; org-admins create new ones here
 * (the code is chosen once). `settingsPath` is where a service's settings page is.
 */
export function ServicesAdmin({ settingsPath }: { settingsPath: (code: string) => string }) {
  const { m } = useI18n();
  const t = m.services;
  const services = useServices(true);
  const create = useCreateService();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const needle = q.trim().toLowerCase();
  const shown = (services.data ?? []).filter((s) => !needle || s.code.toLowerCase().includes(needle) || s.name.toLowerCase().includes(needle));

  return (
    <section data-testid="services-admin" aria-labelledby="services-heading">
      <h1 id="services-heading">{t.heading}</h1>
      <p className="muted">{t.hint}</p>
      {created && (
        <p className="notice" role="status" data-testid="services-notice">
          {format(t.created, { code: created })} <Link to={settingsPath(created)}>{t.openSettings}</Link>
        </p>
      )}
      <div className="button-row">
        <input
          type="search"
          aria-label={t.search}
          placeholder={t.search}
          data-testid="services-search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        {!creating && (
          <button type="button" data-testid="service-new" onClick={() => (setCreating(true), setCreated(null), create.reset())}>
            {t.newService}
          </button>
        )}
      </div>
      {creating && (
        <div className="panel">
          <h2>{t.newService}</h2>
          <ServiceForm
            initial={emptyServiceForm(browserZone())}
            creating
            pending={create.isPending}
            error={create.error}
            onSubmit={(request) =>
              create.mutate(request, {
                onSuccess: (stored) => {
                  setCreating(false);
                  setCreated(stored.code);
                },
              })
            }
          />
          <button type="button" className="secondary" onClick={() => setCreating(false)}>
            {m.common.cancel}
          </button>
        </div>
      )}
      {services.error && <ErrorMessage error={services.error} fallback={t.loadFailed} />}
      {services.isPending && <p className="muted">{m.app.loading}</p>}
      {services.data && (
        <table className="tickets" data-testid="services-table">
          <thead>
            <tr>
              <th scope="col">{t.code}</th>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.type}</th>
              <th scope="col">{t.timeZone}</th>
              <th scope="col">{t.languages}</th>
              <th scope="col">{t.masking}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((service) => (
              <tr key={service.code} data-testid="service-row" data-code={service.code}>
                <td>
                  <Link to={settingsPath(service.code)}>{service.code}</Link>
                </td>
                <td>{service.name}</td>
                <td>{t.types[service.type]}</td>
                <td>{service.timeZone}</td>
                <td>{service.helpCenterLanguages.join(', ')}</td>
                <td>{service.maskingEnabled ? t.on : t.off}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {services.data && shown.length === 0 && <p className="muted">{t.noMatch}</p>}
    </section>
  );
}
