import { format, type Messages } from '../../../i18n';
import { MARKDOWN, type DoorayEscalationRequest, type DoorayPriority, type DoorayTagGroup, type DoorayTags } from '../api/types';

/** The dialog's inputs, named as the server names them in its field errors (`to[0]` → `to`, `body.content` → `body`). */
export const ESCALATE_FIELDS = ['projectId', 'to', 'cc', 'tagIds', 'subject', 'body', 'priority'] as const;
export type EscalateField = (typeof ESCALATE_FIELDS)[number];

/** A tag group's own error, under its fieldset. */
export const groupKey = (groupId: string) => `tagGroup.${groupId}`;

export interface DoorayEscalateValues {
  projectId: string;
  to: string[];
  cc: string[];
  /** Chosen tags by group id; ungrouped ones under "". */
  tags: Record<string, string[]>;
  subject: string;
  body: string;
  priority: DoorayPriority;
}

export type DoorayEscalateErrors = Partial<Record<string, string>>;

/** As long as the subject may be (Dooray's task subject). */
export const SUBJECT_MAX_LENGTH = 200;

/** Ticks or unticks a tag: a select-one group keeps only the chosen one. */
export function toggleTag(tags: Record<string, string[]>, group: DoorayTagGroup | null, tagId: string, on: boolean) {
  const key = group?.id ?? '';
  const current = tags[key] ?? [];
  const next = group?.selectOne ? (on ? [tagId] : []) : on ? [...current.filter((t) => t !== tagId), tagId] : current.filter((t) => t !== tagId);
  return { ...tags, [key]: next };
}

/** The tag ids to send: only those of the project's groups and ungrouped tags, in the order Dooray lists them. */
export function chosenTagIds(tags: Record<string, string[]>, project: DoorayTags | undefined): string[] {
  if (!project) return [];
  const ids: string[] = [];
  for (const group of project.groups) {
    const chosen = tags[group.id] ?? [];
    ids.push(...group.tags.filter((t) => chosen.includes(t.id)).map((t) => t.id));
  }
  const loose = tags[''] ?? [];
  ids.push(...project.ungroupedTags.filter((t) => loose.includes(t.id)).map((t) => t.id));
  return ids;
}

/** Checks the form before it is sent: a project, a subject, a body, one tag of each mandatory group. */
export function validateDoorayEscalation(values: DoorayEscalateValues, tags: DoorayTags | undefined, m: Messages) {
  const e = m.dooray.escalate.errors;
  const errors: DoorayEscalateErrors = {};
  if (!values.projectId) errors.projectId = e.projectRequired;
  const subject = values.subject.trim();
  if (!subject) errors.subject = e.subjectRequired;
  else if (subject.length > SUBJECT_MAX_LENGTH) errors.subject = format(e.subjectTooLong, { max: SUBJECT_MAX_LENGTH });
  if (!values.body.trim()) errors.body = e.bodyRequired;
  for (const group of tags?.groups ?? []) {
    const chosen = (values.tags[group.id] ?? []).filter((id) => group.tags.some((t) => t.id === id));
    if (group.mandatory && chosen.length === 0) errors[groupKey(group.id)] = e.tagGroupRequired;
    if (group.selectOne && chosen.length > 1) errors[groupKey(group.id)] = e.tagGroupOne;
  }
  return errors;
}

export function buildDoorayEscalationRequest(ticketId: string, values: DoorayEscalateValues, tags: DoorayTags | undefined): DoorayEscalationRequest {
  return {
    ticketId,
    projectId: values.projectId,
    subject: values.subject.trim(),
    body: { mimeType: MARKDOWN, content: values.body },
    to: values.to,
    // someone in "to" is not copied as well
    cc: values.cc.filter((id) => !values.to.includes(id)),
    tagIds: chosenTagIds(values.tags, tags),
    priority: values.priority,
  };
}

/**
 * The input a server field error belongs to: `to[0]` → `to`, `body.content` → `body`,
 * `request.tagIds` → `tagIds`; null for one the form does not have.
 */
export function inputOfServerField(field: string): EscalateField | null {
  const parts = field.replace(/\[\d+\]/g, '').split('.');
  for (let i = parts.length - 1; i >= 0; i--) {
    const name = parts[i] as EscalateField;
    if (ESCALATE_FIELDS.includes(name)) return name;
  }
  return null;
}
