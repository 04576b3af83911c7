import type { TypeTreeNode } from '../../../lib/type-tree';

export const SLA_PRIORITIES = ['URGENT', 'HIGH', 'NORMAL', 'LOW'] as const;
export type SlaPriority = (typeof SLA_PRIORITIES)[number];

/** The clocks a policy sets per priority, as the policies API names them. */
export const SLA_METRICS = ['firstResponse', 'nextResponse', 'resolution'] as const;
export type SlaMetric = (typeof SLA_METRICS)[number];

/** The ticket clocks' metric (as the ticket views name it) of each target, for its label. */
export const METRIC_OF: Record<SlaMetric, string> = {
  firstResponse: 'FIRST_RESPONSE',
  nextResponse: 'NEXT_RESPONSE',
  resolution: 'RESOLUTION',
};

export const CONDITION_TARGETS = ['priority', 'channel', 'inquiryTypeId', 'tags'] as const;
export type ConditionTarget = (typeof CONDITION_TARGETS)[number];
export const CONDITION_OPERATORS = ['in', 'not_in'] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

export const SLA_HOURS = ['BUSINESS', 'CALENDAR'] as const;
export type SlaHours = (typeof SLA_HOURS)[number];

export interface SlaCondition {
  target: ConditionTarget | string;
  operator: ConditionOperator | string;
  values: string[];
}

/** ISO-8601 durations (`PT4H`); null: no such clock for that priority. */
export type SlaTargets = Record<SlaMetric, string | null>;

export interface SlaOnBreach {
  raisePriority: boolean;
  reassignGroupId: string | null;
}

/** What `POST` and `PUT …/policies/{id}` take. */
export interface SlaPolicyRequest {
  name: string;
  enabled: boolean;
  conditions: SlaCondition[];
  targets: Partial<Record<SlaPriority | string, SlaTargets>>;
  hours: SlaHours | string;
  pauseIn: string[];
  warnBefore: string | null;
  onBreach: SlaOnBreach;
}

/** `GET /api/v1/sla/services/{code}/policies`: a policy of the service; the first enabled match (by position) applies. */
export interface SlaPolicy extends SlaPolicyRequest {
  id: string;
  position: number;
  version: number;
}

/**
 * The policies of a service as the console keeps them: by position, and whether the caller may change them when the
 * server says so (escalation-service answers `{items, mayAdminister}`; a bare list says nothing: null).
 */
export interface SlaPolicyList {
  items: SlaPolicy[];
  mayAdminister: boolean | null;
}

export interface ServiceGroup {
  id: string;
  name: string;
}

export type InquiryTypeNode = TypeTreeNode;
