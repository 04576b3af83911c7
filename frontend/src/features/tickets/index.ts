export { TicketList } from './components/TicketList';
export { TicketDetail } from './components/TicketDetail';
export { CreateTicketForm } from './components/CreateTicketForm';
export type { ReplyDraft, ReplyTools, ServiceOption, Ticket, TicketView } from './api/types';
