import type { TypeTreeNode } from '../../../lib/type-tree';
import type { FieldValue, IntakeField, ServiceMember } from '../api/types';

/**
 * The operators a ticket can go to in a group: its members with ticket assignment on (ticket-service refuses the
 * others), by display name.
 */
export function assignableMembers(members: ServiceMember[], groupId: string): ServiceMember[] {
  return members
    .filter((m) => m.assignmentEnabled && m.groups.some((g) => g.id === groupId))
    .sort((a, b) => (a.displayName || a.username).localeCompare(b.displayName || b.username));
}

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

/** Field types that take no value in the form: a caption is only shown, files go as attachments. */
export const VALUELESS_FIELD_TYPES: readonly string[] = ['caption', 'file'];

/** Whether a value counts as given: a required checkbox or agreement must be ticked, a period needs both ends. */
export function isFilled(value: FieldValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.trim() !== '';
  return value.from.trim() !== '' && value.to.trim() !== '';
}

/**
 * The values to send: the given ones of the type's fields, trimmed; a datetime typed in the browser (no offset)
 * gets the browser's offset, as ticket-service wants one.
 */
export function fieldValuesToSend(
  fields: IntakeField[],
  values: Record<string, FieldValue>,
): Record<string, FieldValue> {
  const sent: Record<string, FieldValue> = {};
  for (const field of fields) {
    const value = values[field.code];
    if (VALUELESS_FIELD_TYPES.includes(field.type) || value === undefined) continue;
    if (typeof value === 'boolean') {
      if (value || field.type === 'checkbox') sent[field.code] = value;
    } else if (typeof value === 'string') {
      if (value.trim()) sent[field.code] = field.type === 'datetime' ? withOffset(value.trim()) : value.trim();
    } else if (isFilled(value)) {
      const convert = field.type === 'datetime_period' ? withOffset : (v: string) => v;
      sent[field.code] = { from: convert(value.from.trim()), to: convert(value.to.trim()) };
    }
  }
  return sent;
}

/** `2026-01-31T09:30` → `2026-01-31T09:30:00+09:00` in the browser's offset at that time. */
export function withOffset(local: string): string {
  const date = new Date(local);
  if (Number.isNaN(date.getTime())) return local;
  const minutes = -date.getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  const seconds = local.length === 16 ? `${local}:00` : local;
  return `${seconds}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
