import { useMe } from '../../features/auth';
import { Dashboard } from '../../features/dashboard';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n';

/** The inflow boards of the user's services (from /me) and their own status. */
export function DashboardRoute() {
  const { m } = useI18n();
  const me = useMe();
  if (me.isPending) return <p className="muted">{m.app.loading}</p>;
  if (!me.data) return <ErrorMessage error={me.error} fallback={m.admin.loadFailed} />;
  return <Dashboard services={me.data.services.map(({ code, name }) => ({ code, name }))} />;
}
