import { useState } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useI18n } from '../../../i18n';
import { useService, useUpdateService } from '../hooks/use-services';
import { serviceFormOf } from '../lib/service-form';
import { ServiceForm } from './ServiceForm';

/**
 * One service's settings. Org-admins change them (`PUT` replaces them all); the service's own admins see them
 * read-only, as the server lets only org-admins change a service.
 */
export function ServiceSettingsPage({ code, mayEdit }: { code: string; mayEdit: boolean }) {
  const { m } = useI18n();
  const t = m.services;
  const service = useService(code);
  const update = useUpdateService(code);
  const [saved, setSaved] = useState(false);
  if (service.isPending) return <p className="muted">{m.app.loading}</p>;
  if (!service.data) return <ErrorMessage error={service.error} fallback={t.loadFailed} />;
  return (
    <section data-testid="service-settings" aria-labelledby="service-settings-heading">
      <h1 id="service-settings-heading">
        {t.settings} · {service.data.name}
      </h1>
      {!mayEdit && (
        <p className="notice" data-testid="service-read-only">
          {t.readOnly}
        </p>
      )}
      {saved && (
        <p className="notice" role="status" data-testid="service-saved">
          {t.saved}
        </p>
      )}
      <ServiceForm
        key={JSON.stringify(service.data)}
        initial={serviceFormOf(service.data)}
        creating={false}
        readOnly={!mayEdit}
        pending={update.isPending}
        error={update.error}
        onSubmit={(request) => {
          setSaved(false);
          update.mutate(request, { onSuccess: () => setSaved(true) });
        }}
      />
    </section>
  );
}
