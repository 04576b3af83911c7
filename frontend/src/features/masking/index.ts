export { MaskableBody } from './components/MaskableBody';
export { MaskableContent } from './components/MaskableContent';
export type { MessageMask } from './api/types';
