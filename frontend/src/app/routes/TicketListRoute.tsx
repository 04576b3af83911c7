import { TicketList, type TicketView } from '../../features/tickets';

export function TicketListRoute({ view }: { view: TicketView }) {
  // key: a fresh component (and query) per view
  return <TicketList key={view} view={view} />;
}
