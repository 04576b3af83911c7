export { TemplateAdmin } from './components/TemplateAdmin';
export { BulkTemplateSelect, TemplateSelect } from './components/TemplateSelect';
export { templateSource, type TemplateSource } from './hooks/use-templates';
export type { NewTicketValues, RenderedTemplate, TemplateFormat } from './api/types';
