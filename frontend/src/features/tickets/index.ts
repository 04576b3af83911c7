export { TicketList } from './components/TicketList';
export { TicketDetail } from './components/TicketDetail';
export { CreateTicketForm } from './components/CreateTicketForm';
export { ViewMenu } from './components/ViewMenu';
export { SearchPanel } from './components/SearchPanel';
export { useTicketByNumber } from './hooks/use-tickets';
export { fromSearchParams, isTicketView, toSearchParams, viewQuery } from './lib/list-query';
export { TICKET_VIEWS } from './api/types';
export type {
  DoorayTools,
  EscalationTools,
  MaskingTools,
  ReplyDraft,
  ReplyTools,
  ServiceOption,
  Ticket,
  TicketQuery,
  TicketSort,
  TicketView,
} from './api/types';
