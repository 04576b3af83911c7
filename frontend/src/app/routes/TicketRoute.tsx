import { useParams } from 'react-router';
import { TicketDetail } from '../../features/tickets';

export function TicketRoute() {
  const { id = '' } = useParams();
  return <TicketDetail key={id} id={id} />;
}
