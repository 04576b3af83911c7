import { useNavigate } from 'react-router';
import { useMe } from '../../features/auth';
import { CreateTicketForm, type TemplateSlot } from '../../features/tickets';
import { TemplateSelect } from '../../features/templates';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n';

/** The templates feature's picker in the tickets feature's form. */
const templateSlot: TemplateSlot = ({ serviceCode, values, apply }) => (
  <TemplateSelect key={serviceCode} serviceCode={serviceCode} values={values} onApply={apply} />
);

/** Composes the auth feature (the operator's services from /me) with the tickets feature's form. */
export function NewTicketRoute() {
  const { m } = useI18n();
  const me = useMe();
  const navigate = useNavigate();

  if (me.isPending) return <p className="muted">{m.app.loading}</p>;
  if (!me.data) return <ErrorMessage error={me.error} fallback={m.form.failed} />;

  const services = me.data.services.map(({ code, name, mayPlaceNewTickets }) => ({ code, name, mayPlaceNewTickets }));
  return <CreateTicketForm services={services} onCreated={(ticket) => navigate(`/tickets/${ticket.id}`)} templateSlot={templateSlot} />;
}
