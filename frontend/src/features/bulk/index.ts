export { BulkBar } from './components/BulkBar';
export type { BulkBarProps } from './components/BulkBar';
export type { BulkReplyDraft, BulkReplyTools } from './components/BulkDialog';
export type { BulkTicket } from './api/bulk-jobs';
