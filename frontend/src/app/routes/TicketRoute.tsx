import { useParams } from 'react-router';
import { MailPreviewButton } from '../../features/mail';
import { TicketDetail, type ReplyTools } from '../../features/tickets';

/** The mail preview (mail feature) sits beside the reply buttons of the tickets feature. */
const replyTools: ReplyTools = (draft) => (
  <MailPreviewButton ticketId={draft.ticketId} body={draft.body} types={draft.mailTypes} />
);

export function TicketRoute() {
  const { id = '' } = useParams();
  return <TicketDetail key={id} id={id} replyTools={replyTools} />;
}
