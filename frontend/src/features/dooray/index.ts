export { DoorayEscalateButton } from './components/DoorayEscalateButton';
export { DoorayEscalateDialog } from './components/DoorayEscalateDialog';
export { DoorayConversation } from './components/DoorayConversation';
export { DoorayConnectionSettings } from './components/DoorayConnectionSettings';
