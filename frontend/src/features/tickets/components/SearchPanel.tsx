import { useState, type FormEvent, type ReactNode } from 'react';
import { CHANNELS, LOCALE_NAMES, LOCALE_ORDER, TICKET_STATUSES, format, useI18n } from '../../../i18n';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PRIORITIES, TICKET_VIEWS, type ServiceOption, type TicketQuery } from '../api/types';
import { useSearchOptions } from '../hooks/use-tickets';
import {
  MAX_Q_LENGTH,
  SERVICE_BOUND,
  buildSearchQuery,
  emptySearchForm,
  flattenTypes,
  formOf,
  localName,
  type SearchForm,
  type SearchFormError,
} from '../lib/search-form';

export interface SearchPanelProps {
  services: ServiceOption[];
  /** The search shown now (from the address), to edit. */
  initial: TicketQuery;
  onSearch: (query: TicketQuery) => void;
}

/** Every criterion of the ticket list plus the full-text box; the result is shown in the same list as the views. */
export function SearchPanel({ services, initial, onSearch }: SearchPanelProps) {
  const { m, locale, statusLabel, channelLabel } = useI18n();
  const [form, setForm] = useState<SearchForm>(() => formOf(initial));
  const [errors, setErrors] = useState<SearchFormError[]>([]);
  const options = useSearchOptions(form.service || undefined);
  const s = m.search;

  const set = <K extends keyof SearchForm>(key: K, value: SearchForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const toggle = (key: 'priority' | 'status' | 'channel', value: string) =>
    setForm((f) => ({ ...f, [key]: f[key].includes(value) ? f[key].filter((v) => v !== value) : [...f[key], value] }));
  const chooseService = (service: string) =>
    setForm((f) => ({ ...f, service, ...Object.fromEntries(SERVICE_BOUND.map((k) => [k, ''])) }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const built = buildSearchQuery(form);
    setErrors(built.errors);
    if (built.errors.length === 0) onSearch(built.query);
  };
  const clear = () => {
    setForm(emptySearchForm());
    setErrors([]);
  };
  const error = (key: SearchFormError, values: Record<string, string | number> = {}) =>
    errors.includes(key) && (
      <p className="field-error" data-testid={`search-error-${key}`}>
        {format(s[key], values)}
      </p>
    );

  const text = (key: keyof SearchForm & string, label: string, extra: ReactNode = null, type = 'text') => (
    <div className="field">
      <label htmlFor={`search-${key}`}>{label}</label>
      <input
        id={`search-${key}`}
        type={type}
        value={form[key] as string}
        onChange={(e) => set(key, e.target.value as never)}
      />
      {extra}
    </div>
  );
  const checks = (key: 'priority' | 'status' | 'channel', legend: string, values: readonly string[], label: (v: string) => string) => (
    <fieldset className="checks">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="checkbox">
          <input type="checkbox" checked={form[key].includes(v)} onChange={() => toggle(key, v)} />
          {label(v)}
        </label>
      ))}
    </fieldset>
  );
  const select = (
    key: keyof SearchForm & string,
    label: string,
    choices: { value: string; label: string }[],
    disabled = false,
  ) => (
    <div className="field">
      <label htmlFor={`search-${key}`}>{label}</label>
      <select id={`search-${key}`} value={form[key] as string} disabled={disabled} onChange={(e) => set(key, e.target.value as never)}>
        <option value="">{s.any}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );

  const o = options.data;
  const noService = !form.service;
  return (
    <form className="search-panel" role="search" aria-label={s.heading} data-testid="search-panel" onSubmit={submit} noValidate>
      <div className="field q-field">
        <label htmlFor="search-q">{s.q}</label>
        <input id="search-q" type="search" value={form.q} onChange={(e) => set('q', e.target.value)} />
        <p className="field-hint muted">{s.qHint}</p>
        {error('qTooLong', { max: MAX_Q_LENGTH })}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="search-view">{s.view}</label>
          <select id="search-view" value={form.view} onChange={(e) => set('view', e.target.value)}>
            {TICKET_VIEWS.map((v) => (
              <option key={v} value={v}>
                {m.views.names[v]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-service">{s.service}</label>
          <select id="search-service" value={form.service} onChange={(e) => chooseService(e.target.value)}>
            <option value="">{s.anyService}</option>
            {services.map((svc) => (
              <option key={svc.code} value={svc.code}>
                {svc.name} ({svc.code})
              </option>
            ))}
          </select>
        </div>
        {text('createdFrom', s.createdFrom, null, 'date')}
        {text('createdTo', s.createdTo, error('rangeInverted'), 'date')}
      </div>
      <div className="field-row">
        {text('number', s.number, error('numberInvalid'))}
        {text('title', s.title)}
        {select('language', s.language, LOCALE_ORDER.map((l) => ({ value: l, label: LOCALE_NAMES[l] })))}
      </div>
      <div className="field-row">
        {checks('status', s.status, TICKET_STATUSES, statusLabel)}
      </div>
      <div className="field-row">
        {checks('priority', s.priority, PRIORITIES, (p) => m.priority[p] ?? p)}
        {checks('channel', s.channel, CHANNELS, channelLabel)}
      </div>
      <div className="field-row">
        {text('customerNumber', s.customerNumber)}
        {text('customerName', s.customerName)}
        {text('loginId', s.loginId)}
        {text('email', s.email, null, 'email')}
        {text('phone', s.phone, null, 'tel')}
      </div>
      {noService && <p className="field-hint muted">{s.chooseService}</p>}
      {options.isError && <ErrorMessage error={options.error} fallback={s.optionsFailed} />}
      <div className="field-row">
        {select('group', s.group, (o?.groups ?? []).map((g) => ({ value: g.id, label: g.name })), noService)}
        {select(
          'assignee',
          s.assignee,
          (o?.members ?? []).map((p) => ({ value: p.username, label: p.displayName || p.username })),
          noService,
        )}
        {select(
          'inquiryType',
          s.inquiryType,
          flattenTypes(o?.inquiryTypes ?? [], locale).map((t) => ({ value: t.id, label: t.label })),
          noService,
        )}
        {select(
          'processingType',
          s.processingType,
          flattenTypes(o?.processingTypes ?? [], locale).map((t) => ({ value: t.id, label: t.label })),
          noService,
        )}
      </div>
      <div className="field-row">
        {select(
          'fieldCode',
          s.field,
          (o?.fields ?? []).map((f) => ({ value: f.code, label: localName(f.names, locale) || f.code })),
          noService,
        )}
        {text('fieldValue', s.fieldValue)}
      </div>
      <div className="button-row end">
        <button type="button" className="secondary" onClick={clear}>
          {s.clear}
        </button>
        <button type="submit" data-testid="search-submit">
          {s.submit}
        </button>
      </div>
    </form>
  );
}
