import { Field, describedBy } from './Field';
import { useI18n } from '../i18n';

/** A member of a service as `GET /api/v1/services/{code}/members` lists them (what choosing an assignee needs). */
export interface AssignableMember {
  username: string;
  displayName?: string | null;
  assignmentEnabled: boolean;
  groups: { id: string }[];
}

/** A service's groups and members (`/groups` and `/members`). */
export interface GroupsAndMembers {
  groups: { id: string; name: string }[];
  members: AssignableMember[];
}

/** The members of the group with ticket assignment on, by name: the only ones ticket-service accepts as assignee. */
export function assignableMembers<M extends AssignableMember>(members: M[], groupId: string): M[] {
  return members
    .filter((m) => m.assignmentEnabled && m.groups.some((g) => g.id === groupId))
    .sort((a, b) => (a.displayName || a.username).localeCompare(b.displayName || b.username));
}

export interface GroupAssignee {
  groupId: string;
  assignee: string;
}

/**
 * A group, then an operator of it: only members with ticket assignment on are offered (ticket-service refuses the
 * others). Changing the group clears an assignee who is not in the new one. Used wherever a ticket is handed on:
 * creation, forward, assign, sub-tickets, bulk assign and forward.
 */
export function GroupAssigneeFields({
  idPrefix,
  options,
  value,
  onChange,
  errors = {},
  assigneeRequired = false,
  groupRequired = false,
  autoFocus = false,
  testIds,
}: {
  idPrefix: string;
  /** undefined while loading */
  options: GroupsAndMembers | undefined;
  value: GroupAssignee;
  onChange: (next: GroupAssignee) => void;
  errors?: { groupId?: string | undefined; assignee?: string | undefined };
  assigneeRequired?: boolean;
  groupRequired?: boolean;
  /** The group is what a dialog focuses first. */
  autoFocus?: boolean;
  testIds?: { group: string; assignee: string };
}) {
  const { m } = useI18n();
  const groupId = `${idPrefix}-group`;
  const assigneeId = `${idPrefix}-assignee`;
  const candidates = options && value.groupId ? assignableMembers(options.members, value.groupId) : [];

  const chooseGroup = (next: string) => {
    const stays = options && next && assignableMembers(options.members, next).some((c) => c.username === value.assignee);
    onChange({ groupId: next, assignee: stays ? value.assignee : '' });
  };

  return (
    <div className="field-row">
      <Field id={groupId} label={m.handover.group} error={errors.groupId} required={groupRequired}>
        <select
          id={groupId}
          value={value.groupId}
          onChange={(e) => chooseGroup(e.target.value)}
          disabled={!options}
          data-testid={testIds?.group}
          data-autofocus={autoFocus || undefined}
          aria-required={groupRequired}
          {...describedBy(groupId, errors.groupId)}
        >
          <option value="">{groupRequired ? m.handover.chooseGroup : m.handover.noGroup}</option>
          {options?.groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id={assigneeId}
        label={m.handover.assignee}
        error={errors.assignee}
        required={assigneeRequired}
        hint={value.groupId && candidates.length === 0 ? m.handover.nobodyTakesTickets : undefined}
      >
        <select
          id={assigneeId}
          value={value.assignee}
          onChange={(e) => onChange({ ...value, assignee: e.target.value })}
          disabled={!value.groupId}
          data-testid={testIds?.assignee}
          aria-required={assigneeRequired}
          {...describedBy(assigneeId, errors.assignee, Boolean(value.groupId && candidates.length === 0))}
        >
          <option value="">{assigneeRequired ? m.handover.chooseAssignee : m.handover.groupQueue}</option>
          {candidates.map((member) => (
            <option key={member.username} value={member.username}>
              {member.displayName || member.username}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
