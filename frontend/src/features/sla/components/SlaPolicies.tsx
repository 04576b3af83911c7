import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Field, describedBy } from '../../../components/Field';
import { CHANNELS, TICKET_STATUSES, format, useI18n } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import { flattenTypes } from '../../../lib/type-tree';
import { policyRequest } from '../api/sla';
import {
  CONDITION_OPERATORS,
  CONDITION_TARGETS,
  METRIC_OF,
  SLA_HOURS,
  SLA_METRICS,
  SLA_PRIORITIES,
  type ServiceGroup,
  type SlaPolicy,
} from '../api/types';
import {
  useCreatePolicy,
  useDeletePolicy,
  useInquiryTypes,
  useReorderPolicies,
  useServiceGroups,
  useSlaPolicies,
  useUpdatePolicy,
} from '../hooks/use-sla';
import {
  emptyCondition,
  placeServerErrors,
  policyFieldNames,
  policyFormValues,
  targetField,
  toPolicyRequest,
  validatePolicy,
  type ConditionRow,
  type DurationInput,
  type PolicyErrors,
  type PolicyFormValues,
} from '../lib/policy-form';

/** An input's id from its server field name: `conditions[0].values` → `sla-policy-conditions-0-values`. */
const idOf = (name: string) => `sla-policy-${name.replace(/\[(\d+)\]\.?/g, '-$1-').replace(/\./g, '-').replace(/-$/, '')}`;

/** Where the editor is: closed, a new policy, or a stored one (by id). */
type Editing = null | { kind: 'new' } | { kind: 'edit'; id: string };

/**
 * A service's SLA policies in their order (the first enabled match applies): switch each on or off, move it up or
 * down, edit it (name, hours, pause statuses, warning, targets per priority, conditions, what a breach does) or
 * delete it after a confirmation. `mayAdminister` false shows them read-only, as the Dooray page does for members.
 */
export function SlaPolicies({ code, mayAdminister: allowed }: { code: string; mayAdminister: boolean }) {
  const { m } = useI18n();
  const t = m.slaAdmin;
  const policies = useSlaPolicies(code);
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState(false);

  if (policies.isPending) return <p className="muted">{m.app.loading}</p>;
  if (policies.isError) return <ErrorMessage error={policies.error} fallback={t.loadFailed} />;
  const list = policies.data.items;
  // the route's word (who administers the service) and, when it says so, the server's
  const mayAdminister = allowed && policies.data.mayAdminister !== false;
  const open = editing?.kind === 'edit' ? list.find((p) => p.id === editing.id) ?? null : null;
  const edit = (next: Editing) => {
    setSaved(false);
    setEditing(next);
  };

  return (
    <div className="sla-policies" data-testid="sla-policies">
      <h1>
        {t.heading} <span className="muted">· {code}</span>
      </h1>
      {!mayAdminister && (
        <p className="alert" role="alert" data-testid="sla-read-only">
          {t.readOnly}
        </p>
      )}
      <p className="muted field-hint">{t.hint}</p>
      <PolicyList code={code} policies={list} mayAdminister={mayAdminister} openId={open?.id} onEdit={(id) => edit({ kind: 'edit', id })} />
      {mayAdminister && editing?.kind !== 'new' && (
        <div className="button-row">
          <button type="button" className="secondary" data-testid="sla-add" onClick={() => edit({ kind: 'new' })}>
            {t.add}
          </button>
        </div>
      )}
      {saved && (
        <p className="notice" role="status" data-testid="sla-saved">
          {t.saved}
        </p>
      )}
      {(editing?.kind === 'new' || open) && (
        <PolicyForm
          key={open ? open.id : 'new'}
          code={code}
          policy={open}
          readOnly={!mayAdminister}
          onClose={() => edit(null)}
          onSaved={(stored) => {
            setEditing({ kind: 'edit', id: stored.id });
            setSaved(true);
          }}
          onEdited={() => setSaved(false)}
          onDeleted={() => edit(null)}
        />
      )}
    </div>
  );
}

function PolicyList({
  code,
  policies,
  mayAdminister,
  openId,
  onEdit,
}: {
  code: string;
  policies: SlaPolicy[];
  mayAdminister: boolean;
  openId?: string;
  onEdit: (id: string) => void;
}) {
  const { m } = useI18n();
  const t = m.slaAdmin;
  const reorder = useReorderPolicies(code);
  const toggle = useUpdatePolicy(code);

  if (policies.length === 0) {
    return (
      <p className="muted" data-testid="sla-no-policies">
        {t.none}
      </p>
    );
  }

  const move = (index: number, by: -1 | 1) => {
    const ids = policies.map((p) => p.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    reorder.mutate(ids);
  };

  return (
    <>
      {reorder.isError && <ErrorMessage error={reorder.error} fallback={t.orderFailed} />}
      {toggle.isError && <ErrorMessage error={toggle.error} fallback={t.toggleFailed} />}
      <table className="tickets" data-testid="sla-policy-list">
        <thead>
          <tr>
            <th scope="col">{t.order}</th>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.enabled}</th>
            <th scope="col">{t.hours}</th>
            <th scope="col">{t.conditions}</th>
            <th scope="col">
              <span className="visually-hidden">{t.edit}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {policies.map((policy, index) => (
            <tr
              key={policy.id}
              data-testid="sla-policy-row"
              data-policy-id={policy.id}
              data-enabled={String(policy.enabled)}
              className={['policy-row', !policy.enabled && 'disabled', policy.id === openId && 'open'].filter(Boolean).join(' ')}
              aria-current={policy.id === openId ? 'true' : undefined}
            >
              <td data-testid="sla-policy-position">
                {index + 1}
                {mayAdminister && (
                  <span className="reorder">
                    {' '}
                    <button type="button" className="link" aria-label={format(t.moveUpOf, { name: policy.name })} title={t.moveUp}
                      disabled={index === 0 || reorder.isPending} onClick={() => move(index, -1)} data-testid="sla-move-up">
                      ↑
                    </button>
                    <button type="button" className="link" aria-label={format(t.moveDownOf, { name: policy.name })} title={t.moveDown}
                      disabled={index === policies.length - 1 || reorder.isPending} onClick={() => move(index, 1)} data-testid="sla-move-down">
                      ↓
                    </button>
                  </span>
                )}
              </td>
              <td data-testid="sla-policy-name">{policy.name}</td>
              <td>
                <label className="inline-field">
                  <input
                    type="checkbox"
                    checked={policy.enabled}
                    disabled={!mayAdminister || toggle.isPending}
                    aria-label={format(t.enabledOf, { name: policy.name })}
                    data-testid="sla-policy-enabled"
                    onChange={(e) =>
                      toggle.mutate({ policy, request: { ...policyRequest(policy), enabled: e.target.checked } })
                    }
                  />{' '}
                  <span aria-hidden="true">{policy.enabled ? t.enabled : t.disabled}</span>
                </label>
              </td>
              <td>
                {t.hoursOption[policy.hours] ?? policy.hours}
                {policy.pauseIn?.includes('ON_HOLD') && <span className="muted small"> · {t.pausedOnHold}</span>}
              </td>
              <td>
                {policy.conditions.length === 0 ? t.everyTicket : format(t.summaryConditions, { n: policy.conditions.length })}
              </td>
              <td>
                <button type="button" className="link" aria-label={format(t.editOf, { name: policy.name })} data-testid="sla-policy-edit"
                  onClick={() => onEdit(policy.id)}>
                  {t.edit}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function PolicyForm({
  code,
  policy,
  readOnly,
  onClose,
  onSaved,
  onEdited,
  onDeleted,
}: {
  code: string;
  policy: SlaPolicy | null;
  readOnly: boolean;
  onClose: () => void;
  onSaved: (stored: SlaPolicy) => void;
  onEdited: () => void;
  onDeleted: () => void;
}) {
  const { m, locale, statusLabel, channelLabel } = useI18n();
  const t = m.slaAdmin;
  const create = useCreatePolicy(code);
  const update = useUpdatePolicy(code);
  const save = policy ? update : create;
  const groups = useServiceGroups(code);
  const inquiryTypes = useInquiryTypes(code);
  const [values, setValues] = useState<PolicyFormValues>(() => policyFormValues(policy));
  const [errors, setErrors] = useState<PolicyErrors>({});
  const [extra, setExtra] = useState<string[]>([]);
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  // someone else's change (a stale save reloads the list) or our own save: the form shows what is stored now
  const shownVersion = useRef(policy?.version);
  useEffect(() => {
    if (policy && policy.version !== shownVersion.current) {
      shownVersion.current = policy.version;
      setValues(policyFormValues(policy));
    }
  }, [policy]);

  const set = (changes: Partial<PolicyFormValues>) => {
    onEdited();
    setValues((v) => ({ ...v, ...changes }));
  };
  const setCondition = (i: number, changes: Partial<ConditionRow>) =>
    set({ conditions: values.conditions.map((c, j) => (j === i ? { ...c, ...changes } : c)) });
  const setTarget = (priority: (typeof SLA_PRIORITIES)[number], metric: (typeof SLA_METRICS)[number], input: DurationInput) =>
    set({ targets: { ...values.targets, [priority]: { ...values.targets[priority], [metric]: input } } });

  const focusFirst = (found: PolicyErrors) => {
    const first = policyFieldNames(values).find((name) => found[name]);
    if (!first) return;
    const id = idOf(first);
    (document.getElementById(id) ?? document.getElementById(`${id}-hours`) ?? document.getElementById(`${id}-error`))?.focus();
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setExtra([]);
    const found = validatePolicy(values, m);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    const request = toPolicyRequest(values, m);
    const handlers = {
      onSuccess: (stored: SlaPolicy) => {
        shownVersion.current = stored.version;
        setValues(policyFormValues(stored));
        onSaved(stored);
      },
      onError: (error: Error) => {
        if (!(error instanceof ApiError)) return;
        const { errors: fieldErrors, unplaced } = placeServerErrors(error.fieldErrors, policyFieldNames(values));
        setErrors(fieldErrors);
        setExtra(unplaced.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message)));
        focusFirst(fieldErrors);
      },
    };
    if (policy) update.mutate({ policy, request }, handlers);
    else create.mutate(request, handlers);
  }

  const error = (name: string) => errors[name];
  const typeOptions = flattenTypes(inquiryTypes.data ?? [], locale);
  const valueOptions = (target: string): { id: string; label: string }[] =>
    target === 'priority'
      ? SLA_PRIORITIES.map((p) => ({ id: p, label: m.priority[p] ?? p }))
      : target === 'channel'
        ? CHANNELS.map((c) => ({ id: c, label: channelLabel(c) }))
        : target === 'inquiryTypeId'
          ? typeOptions
          : [];

  return (
    <section className="panel sla-policy-editor" aria-labelledby="sla-policy-heading" data-testid="sla-policy-form-panel">
      <h2 id="sla-policy-heading">{policy ? format(t.editHeading, { name: policy.name }) : t.newHeading}</h2>
      {(groups.isError || inquiryTypes.isError) && <ErrorMessage error={groups.error ?? inquiryTypes.error} fallback={t.optionsFailed} />}
      <form onSubmit={submit} noValidate data-testid="sla-policy-form">
        <fieldset disabled={readOnly} className="plain">
          <Field id={idOf('name')} label={t.name} error={error('name')} required>
            <input id={idOf('name')} value={values.name} onChange={(e) => set({ name: e.target.value })} aria-required
              autoComplete="off" maxLength={200} {...describedBy(idOf('name'), error('name'))} />
          </Field>
          <Field id={idOf('hours')} label={t.hours} error={error('hours')}>
            <select id={idOf('hours')} value={values.hours} onChange={(e) => set({ hours: e.target.value })}
              {...describedBy(idOf('hours'), error('hours'))}>
              {SLA_HOURS.map((h) => (
                <option key={h} value={h}>
                  {t.hoursOption[h]}
                </option>
              ))}
            </select>
          </Field>

          <fieldset className={error('pauseIn') ? 'checks invalid' : 'checks'} data-testid="sla-pause-in">
            <legend>{t.pauseIn}</legend>
            {TICKET_STATUSES.map((status) => (
              <label key={status} className="check">
                <input type="checkbox" checked={values.pauseIn.includes(status)}
                  onChange={(e) => set({ pauseIn: e.target.checked ? [...values.pauseIn, status] : values.pauseIn.filter((s) => s !== status) })} />{' '}
                {statusLabel(status)}
              </label>
            ))}
            {error('pauseIn') && (
              <p className="field-error" id={`${idOf('pauseIn')}-error`} data-testid={`${idOf('pauseIn')}-error`}>
                {error('pauseIn')}
              </p>
            )}
          </fieldset>

          <DurationField name="warnBefore" label={t.warnBefore} hint={t.warnNone} value={values.warnBefore} error={error('warnBefore')}
            onChange={(warnBefore) => set({ warnBefore })} />

          <fieldset className={error('targets') ? 'checks invalid' : 'checks'}>
            <legend>{t.targets}</legend>
            <p className="muted field-hint">{t.targetsHint}</p>
            {error('targets') && (
              <p className="field-error" id={`${idOf('targets')}-error`} tabIndex={-1} data-testid={`${idOf('targets')}-error`}>
                {error('targets')}
              </p>
            )}
            <table className="data sla-targets" data-testid="sla-targets">
              <thead>
                <tr>
                  <th scope="col">{t.priority}</th>
                  {SLA_METRICS.map((metric) => (
                    <th scope="col" key={metric}>
                      {m.sla.metric[METRIC_OF[metric]]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {SLA_PRIORITIES.map((priority) => (
                  <tr key={priority} data-testid="sla-target-row" data-priority={priority}>
                    <th scope="row">{m.priority[priority]}</th>
                    {SLA_METRICS.map((metric) => (
                      <td key={metric}>
                        <DurationInputs
                          name={targetField(priority, metric)}
                          label={format(t.targetOf, { priority: m.priority[priority] ?? priority, metric: m.sla.metric[METRIC_OF[metric]] ?? metric })}
                          value={values.targets[priority][metric]}
                          error={error(targetField(priority, metric))}
                          onChange={(input) => setTarget(priority, metric, input)}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </fieldset>

          <fieldset className={error('conditions') ? 'checks invalid' : 'checks'} data-testid="sla-conditions">
            <legend>{t.conditions}</legend>
            <p className="muted field-hint">{t.conditionsHint}</p>
            {error('conditions') && (
              <p className="field-error" id={`${idOf('conditions')}-error`} data-testid={`${idOf('conditions')}-error`}>
                {error('conditions')}
              </p>
            )}
            {values.conditions.map((c, i) => {
              const n = i + 1;
              const base = `conditions[${i}]`;
              const valuesName = `${base}.values`;
              const options = valueOptions(c.target);
              return (
                <div key={c.key} className="sla-condition" data-testid="sla-condition" role="group" aria-label={format(t.conditionOf, { n })}>
                  <div className={error(`${base}.target`) ? 'field invalid' : 'field'}>
                    <select id={idOf(`${base}.target`)} aria-label={format(t.conditionTargetOf, { n })} value={c.target}
                      onChange={(e) => setCondition(i, { target: e.target.value, values: [], tagsText: '' })}
                      {...describedBy(idOf(`${base}.target`), error(`${base}.target`))}>
                      {CONDITION_TARGETS.map((target) => (
                        <option key={target} value={target}>
                          {t.target[target]}
                        </option>
                      ))}
                    </select>
                    <RowError name={`${base}.target`} error={error(`${base}.target`)} />
                  </div>
                  <div className={error(`${base}.operator`) ? 'field invalid' : 'field'}>
                    <select id={idOf(`${base}.operator`)} aria-label={format(t.conditionOperatorOf, { n })} value={c.operator}
                      onChange={(e) => setCondition(i, { operator: e.target.value })}
                      {...describedBy(idOf(`${base}.operator`), error(`${base}.operator`))}>
                      {CONDITION_OPERATORS.map((op) => (
                        <option key={op} value={op}>
                          {t.operator[op]}
                        </option>
                      ))}
                    </select>
                    <RowError name={`${base}.operator`} error={error(`${base}.operator`)} />
                  </div>
                  {c.target === 'tags' ? (
                    <div className={error(valuesName) ? 'field invalid' : 'field'}>
                      <input id={idOf(valuesName)} aria-label={format(t.conditionValuesOf, { n })} placeholder={t.tagsHint}
                        value={c.tagsText} autoComplete="off" onChange={(e) => setCondition(i, { tagsText: e.target.value })}
                        {...describedBy(idOf(valuesName), error(valuesName))} />
                      <RowError name={valuesName} error={error(valuesName)} />
                    </div>
                  ) : (
                    <fieldset id={idOf(valuesName)} tabIndex={-1} className={error(valuesName) ? 'checks invalid' : 'checks'}
                      aria-describedby={error(valuesName) ? `${idOf(valuesName)}-error` : undefined} data-testid="sla-condition-values">
                      <legend className="visually-hidden">{format(t.conditionValuesOf, { n })}</legend>
                      {options.map((o) => (
                        <label key={o.id} className="check">
                          <input type="checkbox" checked={c.values.includes(o.id)}
                            onChange={(e) =>
                              setCondition(i, { values: e.target.checked ? [...c.values, o.id] : c.values.filter((v) => v !== o.id) })
                            } />{' '}
                          {o.label}
                        </label>
                      ))}
                      {/* a stored value the service no longer offers (e.g. a removed inquiry type) stays chosen */}
                      {c.values.filter((v) => !options.some((o) => o.id === v)).map((v) => (
                        <label key={v} className="check">
                          <input type="checkbox" checked onChange={() => setCondition(i, { values: c.values.filter((x) => x !== v) })} />{' '}
                          {v}
                        </label>
                      ))}
                      <RowError name={valuesName} error={error(valuesName)} />
                    </fieldset>
                  )}
                  <button type="button" className="link danger-link" aria-label={format(t.removeConditionOf, { n })}
                    onClick={() => set({ conditions: values.conditions.filter((_, j) => j !== i) })}>
                    {t.removeCondition}
                  </button>
                </div>
              );
            })}
            <div className="button-row">
              <button type="button" className="secondary" data-testid="sla-add-condition"
                onClick={() => set({ conditions: [...values.conditions, emptyCondition()] })}>
                {t.addCondition}
              </button>
            </div>
          </fieldset>

          <fieldset className="checks" data-testid="sla-on-breach">
            <legend>{t.onBreach}</legend>
            <label className="check">
              <input id={idOf('onBreach.raisePriority')} type="checkbox" checked={values.raisePriority}
                onChange={(e) => set({ raisePriority: e.target.checked })} />{' '}
              {t.raisePriority}
            </label>
            <RowError name="onBreach.raisePriority" error={error('onBreach.raisePriority')} />
            <Field id={idOf('onBreach.reassignGroupId')} label={t.reassignGroup} error={error('onBreach.reassignGroupId')}>
              <GroupSelect id={idOf('onBreach.reassignGroupId')} groups={groups.data ?? []} value={values.reassignGroupId}
                error={error('onBreach.reassignGroupId')} onChange={(reassignGroupId) => set({ reassignGroupId })} />
            </Field>
          </fieldset>

          {save.isError && (
            <div data-testid="sla-save-error">
              <ErrorMessage error={save.error} fallback={t.saveFailed} />
              {extra.length > 0 && (
                <ul className="field-error">
                  {extra.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
          {!readOnly && (
            <div className="button-row">
              <button type="submit" disabled={save.isPending} data-testid="sla-save">
                {save.isPending ? t.saving : policy ? t.save : t.create}
              </button>
              <button type="button" className="secondary" onClick={onClose}>
                {t.cancel}
              </button>
              {policy && (
                <button type="button" className="secondary danger" data-testid="sla-delete" onClick={() => setConfirmingDelete(true)}>
                  {t.delete}
                </button>
              )}
            </div>
          )}
        </fieldset>
        {readOnly && (
          <div className="button-row">
            <button type="button" className="secondary" onClick={onClose}>
              {m.common.close}
            </button>
          </div>
        )}
      </form>
      {policy && confirmingDelete && (
        <DeletePolicy code={code} policy={policy} onClose={() => setConfirmingDelete(false)} onDeleted={onDeleted} />
      )}
    </section>
  );
}

function DeletePolicy({ code, policy, onClose, onDeleted }: { code: string; policy: SlaPolicy; onClose: () => void; onDeleted: () => void }) {
  const { m } = useI18n();
  const t = m.slaAdmin;
  const remove = useDeletePolicy(code);
  return (
    <ConfirmDialog
      title={t.deleteTitle}
      message={format(t.deleteConfirm, { name: policy.name })}
      confirmLabel={t.delete}
      danger
      busy={remove.isPending}
      onCancel={onClose}
      onConfirm={() => remove.mutate(policy, { onSuccess: onDeleted })}
    >
      {remove.isError && <ErrorMessage error={remove.error} fallback={t.deleteFailed} />}
    </ConfirmDialog>
  );
}

function GroupSelect({
  id,
  groups,
  value,
  error,
  onChange,
}: {
  id: string;
  groups: ServiceGroup[];
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const { m } = useI18n();
  const known = value === '' || groups.some((g) => g.id === value);
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...describedBy(id, error)}>
      <option value="">{m.slaAdmin.keepGroup}</option>
      {groups.map((g) => (
        <option key={g.id} value={g.id}>
          {g.name}
        </option>
      ))}
      {!known && <option value={value}>{value}</option>}
    </select>
  );
}

/** Hours and minutes of one duration (both labelled for screen readers), its error below. */
function DurationInputs({
  name,
  label,
  value,
  error,
  onChange,
}: {
  name: string;
  label: string;
  value: DurationInput;
  error?: string;
  onChange: (value: DurationInput) => void;
}) {
  const { m } = useI18n();
  const t = m.slaAdmin;
  const id = idOf(name);
  const aria = describedBy(id, error);
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <span className="duration" role="group" aria-label={label}>
        <input id={`${id}-hours`} aria-label={format(t.hoursOf, { what: label })} inputMode="numeric" autoComplete="off"
          value={value.hours} onChange={(e) => onChange({ ...value, hours: e.target.value })} {...aria} />
        <span aria-hidden="true">{t.hoursShort}</span>
        <input id={`${id}-minutes`} aria-label={format(t.minutesOf, { what: label })} inputMode="numeric" autoComplete="off"
          value={value.minutes} onChange={(e) => onChange({ ...value, minutes: e.target.value })} {...aria} />
        <span aria-hidden="true">{t.minutesShort}</span>
      </span>
      <RowError name={name} error={error} />
    </div>
  );
}

function DurationField({
  name,
  label,
  hint,
  value,
  error,
  onChange,
}: {
  name: string;
  label: string;
  hint: string;
  value: DurationInput;
  error?: string;
  onChange: (value: DurationInput) => void;
}) {
  return (
    <div className="field">
      <span className="field-label" id={`${idOf(name)}-label`}>
        {label}
      </span>
      <DurationInputs name={name} label={label} value={value} error={error} onChange={onChange} />
      <p className="muted field-hint">{hint}</p>
    </div>
  );
}

function RowError({ name, error }: { name: string; error?: string }) {
  if (!error) return null;
  const id = idOf(name);
  return (
    <p className="field-error" id={`${id}-error`} data-testid={`${id}-error`}>
      {error}
    </p>
  );
}
