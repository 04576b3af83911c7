import { useI18n } from '../../../i18n';
import type { DoorayMember } from '../api/types';

/**
 * Dooray members to tick (a task's "to" or "cc"), each by name with their role. A chosen id the project's member
 * list lacks (a registrant set by an admin) is shown by its id, so what is sent can be seen and unticked.
 */
export function MemberPicker({
  id,
  legend,
  members,
  chosen,
  onChange,
  error,
  hint,
}: {
  id: string;
  legend: string;
  members: DoorayMember[];
  chosen: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  hint?: string;
}) {
  const { m } = useI18n();
  const unknown = chosen.filter((c) => !members.some((member) => member.organizationMemberId === c));
  const rows = [
    ...members.map((member) => ({ id: member.organizationMemberId, name: member.name, role: member.role })),
    ...unknown.map((c) => ({ id: c, name: c, role: '' })),
  ];
  const toggle = (memberId: string, on: boolean) =>
    onChange(on ? [...chosen.filter((c) => c !== memberId), memberId] : chosen.filter((c) => c !== memberId));
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={id} className={error ? 'field member-picker invalid' : 'field member-picker'} aria-describedby={described}
      aria-invalid={Boolean(error)} data-testid={id}>
      <legend>{legend}</legend>
      {rows.length === 0 ? (
        <p className="muted">{m.dooray.escalate.noMembers}</p>
      ) : (
        <div className="member-options">
          {rows.map((row) => (
            <label key={row.id} className="checkbox">
              <input type="checkbox" checked={chosen.includes(row.id)} onChange={(e) => toggle(row.id, e.target.checked)} />{' '}
              {row.name}
              {row.role && <span className="muted small"> · {row.role}</span>}
            </label>
          ))}
        </div>
      )}
      {hint && (
        <p className="muted field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
