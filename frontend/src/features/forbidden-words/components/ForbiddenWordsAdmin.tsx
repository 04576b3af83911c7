import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { describedBy, Field } from '../../../components/Field';
import { format, useI18n } from '../../../i18n';
import { useApiClient } from '../../../lib/api-context';
import { forbiddenWordsQueryOptions, type ForbiddenWord } from '../../../lib/forbidden-words';

/** ticket-service's limit of a word. */
const MAX_WORD = 100;

const wordsPath = (code: string) => `/api/v1/services/${encodeURIComponent(code)}/forbidden-words`;

/**
 * The service's forbidden words (금칙어 / 禁則語): words no interim or final reply of the service may contain (the
 * editor marks them, the server refuses such a reply). Admins add and remove them; the list is searchable.
 */
export function ForbiddenWordsAdmin({ code }: { code: string }) {
  const { m, formatDateTime } = useI18n();
  const t = m.forbiddenWordsAdmin;
  const id = useId();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const words = useQuery(forbiddenWordsQueryOptions(client, code));
  const reload = () => queryClient.invalidateQueries({ queryKey: forbiddenWordsQueryOptions(client, code).queryKey });
  const add = useMutation({
    mutationFn: (word: string) => client.post<ForbiddenWord>(wordsPath(code), { word }),
    onSuccess: reload,
  });
  const remove = useMutation({
    mutationFn: (word: ForbiddenWord) => client.delete(`${wordsPath(code)}/${encodeURIComponent(word.id)}`),
    onSettled: reload,
  });
  const [word, setWord] = useState('');
  const [invalid, setInvalid] = useState<string | undefined>();
  const [removing, setRemoving] = useState<ForbiddenWord | null>(null);
  const [q, setQ] = useState('');
  const needle = q.trim().toLowerCase();
  const shown = (words.data ?? []).filter((w) => !needle || w.word.toLowerCase().includes(needle));

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = word.trim();
    const problem = !trimmed || trimmed.length > MAX_WORD ? t.wordInvalid : undefined;
    setInvalid(problem);
    if (problem) return;
    add.mutate(trimmed, { onSuccess: () => setWord('') });
  }

  return (
    <section data-testid="forbidden-words-admin" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`}>{t.heading}</h1>
      <p className="muted">{t.hint}</p>
      <form className="button-row" onSubmit={submit} noValidate>
        <Field id={`${id}-word`} label={t.word} error={invalid}>
          <input
            id={`${id}-word`}
            data-testid="forbidden-word-input"
            value={word}
            maxLength={MAX_WORD * 2}
            onChange={(e) => setWord(e.target.value)}
            {...describedBy(`${id}-word`, invalid)}
          />
        </Field>
        <button type="submit" data-testid="forbidden-word-add" disabled={add.isPending}>
          {t.add}
        </button>
      </form>
      {add.error && <ErrorMessage error={add.error} fallback={t.addFailed} />}
      <input
        type="search"
        aria-label={t.search}
        placeholder={t.search}
        data-testid="forbidden-words-search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      {words.error && <ErrorMessage error={words.error} fallback={t.loadFailed} />}
      {words.isPending && <p className="muted">{m.app.loading}</p>}
      {words.data && words.data.length === 0 && <p className="muted">{t.none}</p>}
      {shown.length > 0 && (
        <table className="tickets" data-testid="forbidden-words-table">
          <thead>
            <tr>
              <th scope="col">{t.word}</th>
              <th scope="col">{t.addedBy}</th>
              <th scope="col">{t.addedAt}</th>
              <th scope="col">
                <span className="visually-hidden">{t.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((w) => (
              <tr key={w.id} data-testid="forbidden-word-row" data-word={w.word}>
                <td>
                  <mark className="forbidden-word">{w.word}</mark>
                </td>
                <td>{w.createdBy}</td>
                <td>{w.createdAt ? formatDateTime(w.createdAt) : ''}</td>
                <td>
                  <button type="button" className="link danger-link" data-testid="forbidden-word-remove" onClick={() => setRemoving(w)}>
                    {t.remove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {words.data && words.data.length > 0 && shown.length === 0 && <p className="muted">{t.noMatch}</p>}
      {removing && (
        <ConfirmDialog
          title={t.removeTitle}
          message={format(t.removeConfirm, { word: removing.word })}
          confirmLabel={t.remove}
          danger
          busy={remove.isPending}
          onCancel={() => (setRemoving(null), remove.reset())}
          onConfirm={() => remove.mutate(removing, { onSuccess: () => setRemoving(null) })}
        >
          {remove.isError && <ErrorMessage error={remove.error} fallback={t.removeFailed} />}
        </ConfirmDialog>
      )}
    </section>
  );
}
