import type { Messages } from '../../../i18n';
import { isoDurationMinutes, minutesToIsoDuration } from '../../../lib/iso-duration';
import {
  SLA_METRICS,
  SLA_PRIORITIES,
  type ConditionTarget,
  type SlaMetric,
  type SlaPolicy,
  type SlaPolicyRequest,
  type SlaPriority,
  type SlaTargets,
} from '../api/types';

/** A duration as typed: whole hours and minutes; both empty is "none". */
export interface DurationInput {
  hours: string;
  minutes: string;
}

export interface ConditionRow {
  /** Stable across edits, for React only. */
  key: string;
  target: ConditionTarget | string;
  operator: string;
  /** Chosen values (priority, channel, inquiry type). */
  values: string[];
  /** Tags as typed, comma-separated (target `tags`). */
  tagsText: string;
}

export interface PolicyFormValues {
  name: string;
  enabled: boolean;
  hours: string;
  pauseIn: string[];
  warnBefore: DurationInput;
  targets: Record<SlaPriority, Record<SlaMetric, DurationInput>>;
  conditions: ConditionRow[];
  raisePriority: boolean;
  /** '' keeps the group. */
  reassignGroupId: string;
}

/** Errors by the server's field names: `name`, `targets`, `targets.HIGH.firstResponse`, `conditions[0].values`, … */
export type PolicyErrors = Partial<Record<string, string>>;

let rowCount = 0;
const rowKey = () => `condition-${++rowCount}`;

const NO_DURATION: DurationInput = { hours: '', minutes: '' };

/** `PT1H30M` → 1 h 30 min; null or unreadable → empty. */
export function durationInput(iso: string | null | undefined): DurationInput {
  const total = isoDurationMinutes(iso);
  if (total === null) return { ...NO_DURATION };
  return { hours: String(Math.floor(total / 60)), minutes: String(total % 60) };
}

const WHOLE = /^\d+$/;

/**
 * The typed duration as ISO-8601 (`PT1H30M`), null when both are empty, or the message why not: whole numbers,
 * minutes 0–59, more than zero.
 */
export function durationToIso(input: DurationInput, m: Messages): { iso: string | null } | { error: string } {
  const hours = input.hours.trim();
  const minutes = input.minutes.trim();
  if (hours === '' && minutes === '') return { iso: null };
  if ((hours !== '' && !WHOLE.test(hours)) || (minutes !== '' && !WHOLE.test(minutes))) return { error: m.slaAdmin.durationInvalid };
  const h = hours === '' ? 0 : Number(hours);
  const min = minutes === '' ? 0 : Number(minutes);
  if (min > 59) return { error: m.slaAdmin.durationInvalid };
  const total = h * 60 + min;
  if (total === 0) return { error: m.slaAdmin.durationZero };
  return { iso: minutesToIsoDuration(total) };
}

export const emptyCondition = (): ConditionRow => ({ key: rowKey(), target: 'priority', operator: 'in', values: [], tagsText: '' });

const emptyTargets = () =>
  Object.fromEntries(
    SLA_PRIORITIES.map((p) => [p, Object.fromEntries(SLA_METRICS.map((metric) => [metric, { ...NO_DURATION }]))]),
  ) as PolicyFormValues['targets'];

/** The form of a stored policy, or of a new one (business hours, paused while on hold). */
export function policyFormValues(policy: SlaPolicy | null): PolicyFormValues {
  if (!policy) {
    return {
      name: '',
      enabled: true,
      hours: 'BUSINESS',
      pauseIn: ['ON_HOLD'],
      warnBefore: { ...NO_DURATION },
      targets: emptyTargets(),
      conditions: [],
      raisePriority: false,
      reassignGroupId: '',
    };
  }
  const targets = emptyTargets();
  for (const priority of SLA_PRIORITIES) {
    for (const metric of SLA_METRICS) targets[priority][metric] = durationInput(policy.targets?.[priority]?.[metric]);
  }
  return {
    name: policy.name,
    enabled: policy.enabled,
    hours: policy.hours,
    pauseIn: [...(policy.pauseIn ?? [])],
    warnBefore: durationInput(policy.warnBefore),
    targets,
    conditions: (policy.conditions ?? []).map((c) => ({
      key: rowKey(),
      target: c.target,
      operator: c.operator,
      values: c.target === 'tags' ? [] : [...c.values],
      tagsText: c.target === 'tags' ? c.values.join(', ') : '',
    })),
    raisePriority: policy.onBreach?.raisePriority ?? false,
    reassignGroupId: policy.onBreach?.reassignGroupId ?? '',
  };
}

export const targetField = (priority: string, metric: string) => `targets.${priority}.${metric}`;

/** Every input's name, in the order of the form, for the server's field errors and for focusing the first one. */
export function policyFieldNames(values: PolicyFormValues): string[] {
  return [
    'name',
    'enabled',
    'hours',
    'pauseIn',
    'warnBefore',
    'targets',
    ...SLA_PRIORITIES.flatMap((p) => SLA_METRICS.map((metric) => targetField(p, metric))),
    'conditions',
    ...values.conditions.flatMap((_, i) => ['target', 'operator', 'values'].map((f) => `conditions[${i}].${f}`)),
    'onBreach',
    'onBreach.raisePriority',
    'onBreach.reassignGroupId',
  ];
}

const tagsOf = (text: string) => [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];

/** Checks the form as the server would: a name, readable durations, at least one target, values in every condition. */
export function validatePolicy(values: PolicyFormValues, m: Messages): PolicyErrors {
  const errors: PolicyErrors = {};
  const t = m.slaAdmin;
  if (!values.name.trim()) errors.name = t.nameRequired;
  const warn = durationToIso(values.warnBefore, m);
  if ('error' in warn) errors.warnBefore = warn.error;
  let anyTarget = false;
  for (const p of SLA_PRIORITIES) {
    for (const metric of SLA_METRICS) {
      const result = durationToIso(values.targets[p][metric], m);
      if ('error' in result) errors[targetField(p, metric)] = result.error;
      else if (result.iso) anyTarget = true;
    }
  }
  if (!anyTarget && !Object.keys(errors).some((k) => k.startsWith('targets.'))) errors.targets = t.targetRequired;
  values.conditions.forEach((c, i) => {
    const chosen = c.target === 'tags' ? tagsOf(c.tagsText) : c.values;
    if (chosen.length === 0) errors[`conditions[${i}].values`] = t.valuesRequired;
  });
  return errors;
}

/** The request of a valid form (see {@link validatePolicy}); every priority is sent, a clock without a target as null. */
export function toPolicyRequest(values: PolicyFormValues, m: Messages): SlaPolicyRequest {
  const iso = (input: DurationInput) => {
    const result = durationToIso(input, m);
    return 'iso' in result ? result.iso : null;
  };
  const targets: SlaPolicyRequest['targets'] = {};
  for (const p of SLA_PRIORITIES) {
    targets[p] = Object.fromEntries(SLA_METRICS.map((metric) => [metric, iso(values.targets[p][metric])])) as SlaTargets;
  }
  return {
    name: values.name.trim(),
    enabled: values.enabled,
    conditions: values.conditions.map((c) => ({
      target: c.target,
      operator: c.operator,
      values: c.target === 'tags' ? tagsOf(c.tagsText) : c.values,
    })),
    targets,
    hours: values.hours,
    pauseIn: values.pauseIn,
    warnBefore: iso(values.warnBefore),
    onBreach: { raisePriority: values.raisePriority, reassignGroupId: values.reassignGroupId || null },
  };
}

/**
 * The server's field errors at the form's fields: a field is matched exactly (or by a suffix after a request prefix,
 * e.g. `draft.name`), else by what it is part of (`conditions[0].values[1]` → `conditions[0].values`, `pauseIn[2]` →
 * `pauseIn`, `targets.SOON` → `targets`); the first message per field is kept, the rest are `unplaced`.
 */
export function placeServerErrors(
  fieldErrors: { field: string; message: string }[],
  names: string[],
): { errors: PolicyErrors; unplaced: { field: string; message: string }[] } {
  const errors: PolicyErrors = {};
  const unplaced: { field: string; message: string }[] = [];
  const known = (field: string) => names.find((n) => field === n || field.endsWith(`.${n}`));
  for (const error of fieldErrors) {
    let field = error.field;
    let name = field ? known(field) : undefined;
    while (!name && /(\.[^.[\]]+|\[\d+\])$/.test(field)) {
      field = field.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      name = known(field);
    }
    if (name && errors[name] === undefined) errors[name] = error.message;
    else unplaced.push(error);
  }
  return { errors, unplaced };
}
