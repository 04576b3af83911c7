export { MailSettings } from './components/MailSettings';
export { DeadLetters } from './components/DeadLetters';
export { QuarantineList, QuarantineDetail } from './components/Quarantine';
