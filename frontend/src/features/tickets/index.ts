export { TicketList } from './components/TicketList';
export { TicketDetail } from './components/TicketDetail';
export { CreateTicketForm } from './components/CreateTicketForm';
export { ViewMenu } from './components/ViewMenu';
export { SearchPanel } from './components/SearchPanel';
export { useTicketByNumber } from './hooks/use-tickets';
export { fromSearchParams, isTicketView, toSearchParams, viewQuery } from './lib/list-query';
export { TICKET_VIEWS } from './api/types';
export type {
  BulkTools,
  DoorayTools,
  EscalationTools,
  ListSelection,
  MaskingTools,
  ReplyDraft,
  ReplyTools,
  ServiceOption,
  TemplateMatch,
  TemplateSlot,
  TemplateSource,
  RenderedTemplate,
  Ticket,
  TicketQuery,
  TicketSort,
  TicketView,
} from './api/types';
