export { EscalateButton } from './components/EscalateButton';
export { EscalationsPanel } from './components/EscalationsPanel';
export { EscalationAnswerSource } from './components/EscalationAnswerSource';
