export { MaskableBody } from './components/MaskableBody';
export type { MessageMask } from './api/types';
