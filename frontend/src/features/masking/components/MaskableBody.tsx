import { useEffect, useRef, useState } from 'react';
import { format, useI18n } from '../../../i18n';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useApiClient } from '../../../lib/api-context';
import { maskRange, unmask } from '../api/masks';
import type { MaskRange, MessageMask } from '../api/types';
import { bodyClass, formattedBody, type TextRenderer } from '../../../lib/html-view';
import { overlapsMask, segments, selectionRange } from '../lib/offsets';

/**
 * A message's body in its format (HTML with its paragraphs), or the ticket's own content (`messageId` null, plain
 * text), with its masked ranges (already `*` from the server) set apart. Where the ticket allows `masks`,
 * selecting text in it (mouse, or keyboard where the browser lets one select) offers "Mask personal info"; where it
 * allows `unmask`, a masked range is a button that asks before it restores the text, as Online Contact does.
 */
export function MaskableBody({
  ticketId,
  messageId,
  body,
  bodyFormat,
  masks,
  canMask,
  canUnmask,
  onChanged,
}: {
  ticketId: string;
  /** null: the ticket's own content */
  messageId: string | null;
  body: string;
  /** TEXT or HTML, as the message says */
  bodyFormat: string;
  masks: readonly MessageMask[];
  canMask: boolean;
  canUnmask: boolean;
  onChanged: () => void;
}) {
  const { m } = useI18n();
  const client = useApiClient();
  const container = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<MaskRange | null>(null);
  const [confirming, setConfirming] = useState<MessageMask | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ cause: unknown; fallback: string } | null>(null);

  function capture() {
    if (!canMask || !container.current) return;
    const range = selectionRange(container.current, window.getSelection());
    setSelected(range && !overlapsMask(range, masks) ? range : null);
  }

  useEffect(() => {
    if (!canMask) return;
    document.addEventListener('selectionchange', capture);
    return () => document.removeEventListener('selectionchange', capture);
  });

  async function run(action: () => Promise<unknown>, fallback: string) {
    setBusy(true);
    setError(null);
    try {
      await action();
      setSelected(null);
      setConfirming(null);
      window.getSelection()?.removeAllRanges();
      onChanged();
    } catch (cause) {
      setError({ cause, fallback });
    } finally {
      setBusy(false);
    }
  }

  const drawMasks: TextRenderer = (text, start, key) =>
    segments(text, masks, start).map((segment, i) =>
      segment.mask ? (
        <span
          key={`${key}.${i}`}
          className="masked"
          // a mask across paragraphs is a piece per paragraph; tests and tools find it by where it starts
          data-testid={segment.first ? `mask-${segment.mask.id}` : undefined}
          title={format(m.masking.maskedBy, { name: segment.mask.maskedBy })}
          aria-label={m.masking.masked}
        >
          {canUnmask ? (
            <button
              type="button"
              className="link masked"
              data-testid={segment.first ? `unmask-${segment.mask.id}` : undefined}
              aria-label={m.masking.unmask}
              onClick={() => setConfirming(segment.mask ?? null)}
            >
              {segment.text}
            </button>
          ) : (
            segment.text
          )}
        </span>
      ) : (
        <span key={`${key}.${i}`}>{segment.text}</span>
      ),
    );

  return (
    <>
      <div className={bodyClass(bodyFormat)} data-testid={messageId === null ? 'content-body' : `message-${messageId}`} ref={container} onMouseUp={capture} onKeyUp={capture}>
        {formattedBody(body, bodyFormat, drawMasks)}
      </div>
      {selected && (
        <button
          type="button"
          data-testid="mask-selection"
          disabled={busy}
          // keeps the text selected while the button is pressed
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => void run(() => maskRange(client, ticketId, messageId, selected), m.masking.maskFailed)}
        >
          {m.masking.maskSelection}
        </button>
      )}
      {confirming && (
        <div role="alertdialog" aria-label={m.masking.unmask} className="confirm" data-testid="unmask-confirm">
          <p>{m.masking.confirmUnmask}</p>
          <button
            type="button"
            disabled={busy}
            data-testid="unmask-confirm-ok"
            onClick={() => void run(() => unmask(client, ticketId, messageId, confirming.id), m.masking.unmaskFailed)}
          >
            {m.masking.confirm}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(null)}>
            {m.masking.cancel}
          </button>
        </div>
      )}
      {error && <ErrorMessage error={error.cause} fallback={error.fallback} />}
    </>
  );
}
