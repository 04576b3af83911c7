import type { TypeTreeNode } from '../../../lib/type-tree';
import type { IntakeField } from '../api/types';

/** The ids from the root down to the type itself; empty when the tree has no such type. */
export function typePath(nodes: TypeTreeNode[], id: string): string[] {
  for (const node of nodes) {
    if (node.id === id) return [node.id];
    const below = typePath(node.children ?? [], id);
    if (below.length > 0) return [node.id, ...below];
  }
  return [];
}

/**
 * The customer fields a ticket of the inquiry type asks for, in their order: active ones that belong to the type or
 * one of its ancestors (as ticket-service checks them). Without a type there are none.
 */
export function customerFieldsFor(fields: IntakeField[], types: TypeTreeNode[], inquiryTypeId: string): IntakeField[] {
  if (!inquiryTypeId) return [];
  const path = typePath(types, inquiryTypeId);
  return fields
    .filter((f) => f.scope === 'CUSTOMER' && f.active && f.inquiryTypeIds.some((id) => path.includes(id)))
    .sort((a, b) => a.position - b.position);
}
