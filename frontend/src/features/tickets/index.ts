export { TicketList } from './components/TicketList';
export { TicketDetail } from './components/TicketDetail';
export { CreateTicketForm } from './components/CreateTicketForm';
export type { ServiceOption, Ticket, TicketView } from './api/types';
