export { MailPreviewButton } from './components/MailPreviewButton';
export { MailPreviewDialog } from './components/MailPreviewDialog';
export type { MailType } from './api/types';
