export { TypeTreeAdmin } from './components/TypeTreeAdmin';
export type { TreeKind } from './api/type-trees';
