import { useI18n } from '../i18n';

/** The forbidden words a reply contains, each marked; nothing when it contains none. */
export function ForbiddenWordsWarning({ words }: { words: readonly string[] }) {
  const { m } = useI18n();
  if (words.length === 0) return null;
  return (
    <div className="alert warning" role="status" data-testid="forbidden-words">
      <p>{m.editor.forbiddenFound}</p>
      <ul>
        {words.map((word) => (
          <li key={word}>
            <mark className="forbidden-word">{word}</mark>
          </li>
        ))}
      </ul>
    </div>
  );
}
