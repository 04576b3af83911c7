import { useState } from 'react';
import { format, isoToZonedInput, useI18n, zonedInputToIso } from '../../../i18n';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ApiError } from '../../../lib/api-client';
import type { CallbackRequest, Ticket } from '../api/types';
import { useCallbackChange } from '../hooks/use-tickets';

const FIELDS = ['at', 'phone', 'note'] as const;

/**
 * The ticket's callback reservation (약속콜): the open one (time in the service's zone, number, note, due), and —
 * when the server allows this reader `callback` — a form to reserve or move it, mark it done or cancel it.
 */
export function CallbackPanel({ ticket, timeZone }: { ticket: Ticket; timeZone?: string }) {
  const { m, formatDateTime } = useI18n();
  const c = m.callback;
  const mutation = useCallbackChange(ticket.id);
  const callback = ticket.callback ?? null;
  // the server decides from role, assignment and status; the console only follows it
  const can = ticket.allowedActions?.includes('callback') ?? false;
  const [at, setAt] = useState(() => isoToZonedInput(callback?.at, timeZone));
  const [phone, setPhone] = useState(() => callback?.phone ?? ticket.customer?.phone ?? '');
  const [note, setNote] = useState(() => callback?.note ?? '');
  const [doneNote, setDoneNote] = useState('');
  const [missingAt, setMissingAt] = useState(false);

  if (!callback && !can) return null;

  const onAnswer = (answer: Ticket) => {
    setAt(isoToZonedInput(answer.callback?.at, timeZone));
    setPhone(answer.callback?.phone ?? answer.customer?.phone ?? '');
    setNote(answer.callback?.note ?? '');
    setDoneNote('');
  };
  const reserve = () => {
    const iso = zonedInputToIso(at, timeZone);
    setMissingAt(!iso);
    if (!iso) return;
    const request: CallbackRequest = { at: iso };
    if (phone.trim()) request.phone = phone.trim();
    if (note.trim()) request.note = note.trim();
    mutation.mutate({ change: { kind: 'reserve', request }, version: ticket.version }, { onSuccess: onAnswer });
  };
  const finish = () =>
    mutation.mutate(
      { change: { kind: 'done', note: doneNote.trim() || undefined }, version: ticket.version },
      { onSuccess: onAnswer },
    );
  const cancel = () => mutation.mutate({ change: { kind: 'cancel' }, version: ticket.version }, { onSuccess: onAnswer });

  const busy = mutation.isPending;
  const fieldErrors = mutation.error instanceof ApiError ? mutation.error.fieldErrorsFor(FIELDS) : {};
  const invalid = (field: (typeof FIELDS)[number]) => (fieldErrors[field] ? 'field invalid' : 'field');

  return (
    <section className="callback-panel" aria-labelledby="callback-heading" data-testid="callback-panel">
      <h2 id="callback-heading">{c.heading}</h2>
      {callback ? (
        <div className={callback.due ? 'callback-current due' : 'callback-current'} data-testid="callback-current"
          data-due={String(callback.due)}>
          <time dateTime={callback.at} data-testid="callback-at">
            {formatDateTime(callback.at, timeZone)}
          </time>
          {callback.due && (
            <span className="badge callback-due" data-testid="callback-due">
              {c.due}
            </span>
          )}
          <span data-testid="callback-phone">{callback.phone}</span>
          {callback.note && <span data-testid="callback-note">{callback.note}</span>}
          <span className="muted small">{format(c.reservedBy, { name: callback.reservedBy })}</span>
        </div>
      ) : (
        <p className="muted" data-testid="callback-none">
          {c.none}
        </p>
      )}
      {can && (
        <>
          <div className="field-row">
            <div className={missingAt ? 'field invalid' : invalid('at')}>
              <label htmlFor="callback-at-input">{c.at}</label>
              <input
                id="callback-at-input"
                type="datetime-local"
                value={at}
                min={isoToZonedInput(new Date().toISOString(), timeZone)}
                onChange={(e) => setAt(e.target.value)}
              />
              {timeZone && <p className="field-hint muted">{format(c.zone, { zone: timeZone })}</p>}
              {missingAt && <p className="field-error">{c.atRequired}</p>}
              {!missingAt && fieldErrors.at && <p className="field-error">{fieldErrors.at}</p>}
            </div>
            <div className={invalid('phone')}>
              <label htmlFor="callback-phone-input">{c.phone}</label>
              <input id="callback-phone-input" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
              {fieldErrors.phone && <p className="field-error">{fieldErrors.phone}</p>}
            </div>
          </div>
          <div className={invalid('note')}>
            <label htmlFor="callback-note-input">{c.note}</label>
            <input id="callback-note-input" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
            {fieldErrors.note && <p className="field-error">{fieldErrors.note}</p>}
          </div>
          <div className="button-row">
            <button type="button" onClick={reserve} disabled={busy} data-testid="callback-reserve">
              {callback ? c.move : c.reserve}
            </button>
          </div>
          {callback && (
            <div className="button-row">
              <label htmlFor="callback-done-note">{c.doneNote}</label>
              <input id="callback-done-note" maxLength={500} value={doneNote} onChange={(e) => setDoneNote(e.target.value)} />
              <button type="button" onClick={finish} disabled={busy} data-testid="callback-done">
                {c.done}
              </button>
              <button type="button" onClick={cancel} disabled={busy} data-testid="callback-cancel">
                {c.cancel}
              </button>
            </div>
          )}
        </>
      )}
      {mutation.isError && Object.keys(fieldErrors).length === 0 && (
        <ErrorMessage error={mutation.error} fallback={c.failed} />
      )}
    </section>
  );
}
