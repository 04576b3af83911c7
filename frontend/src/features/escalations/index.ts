export { EscalateDialog } from './components/EscalateDialog';
export { EscalationsPanel } from './components/EscalationsPanel';
export { EscalationAnswerSource } from './components/EscalationAnswerSource';
