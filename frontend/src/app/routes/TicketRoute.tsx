import { useParams } from 'react-router';
import { TicketDetail, useTicketByNumber } from '../../features/tickets';
import { ErrorMessage } from '../../components/ErrorMessage';
import { format, useI18n } from '../../i18n';
import { lastList } from '../last-list';
import { doorayTools, escalationTools, maskingTools, replyTools, useTemplatesFor } from './WorkspaceRoutes';

/** A ticket number such as CS-12 (service code, dash, number); anything else is taken as a ticket id. */
const TICKET_NUMBER = /^[A-Za-z][A-Za-z0-9_]*-\d+$/;

/** `/tickets/:ref`: one ticket on its own page, by id or by number; "back" leads to the list the user came from. */
export function TicketRoute() {
  const { ref = '' } = useParams();
  const templatesFor = useTemplatesFor();
  if (TICKET_NUMBER.test(ref)) return <TicketByNumber key={ref} number={ref.toUpperCase()} />;
  return <TicketDetail key={ref} id={ref} backTo={lastList()} replyTools={replyTools} escalationTools={escalationTools} maskingTools={maskingTools} doorayTools={doorayTools} templatesFor={templatesFor} />;
}

function TicketByNumber({ number }: { number: string }) {
  const { m } = useI18n();
  const found = useTicketByNumber(number);
  const templatesFor = useTemplatesFor();
  if (found.isPending) return <p className="muted">{m.app.loading}</p>;
  if (found.isError) return <ErrorMessage error={found.error} fallback={m.tickets.detailLoadFailed} />;
  if (!found.data) {
    return (
      <div className="alert" role="alert" data-testid="ticket-not-found">
        {format(m.tickets.notFoundByNumber, { number })}
      </div>
    );
  }
  return <TicketDetail key={found.data} id={found.data} backTo={lastList()} replyTools={replyTools} escalationTools={escalationTools} maskingTools={maskingTools} doorayTools={doorayTools} templatesFor={templatesFor} />;
}
