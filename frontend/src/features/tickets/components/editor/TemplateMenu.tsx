import { useEffect, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../../../i18n';
import type { TemplateMatch, TemplateSource } from '../../api/types';

/** How long typing pauses before the templates are searched: one request per word, not per letter. */
export const SEARCH_PAUSE_MS = 150;

/** The templates matching `query` (null: no search), once typing pauses; newest answer only. */
export function useTemplateMatches(source: TemplateSource | undefined, query: string | null) {
  const [matches, setMatches] = useState<TemplateMatch[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!source || query === null) {
      setMatches([]);
      return;
    }
    let current = true;
    const timer = setTimeout(
      () =>
        source.search(query).then(
          (found) => current && (setMatches(found), setFailed(false)),
          () => current && (setMatches([]), setFailed(true)),
        ),
      SEARCH_PAUSE_MS,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [source, query]);
  return { matches, failed };
}

/**
 * Arrow keys move through the list, Enter picks, Esc closes; true when the key was the menu's. Keys pressed while
 * an IME composes (Korean, Japanese) belong to the composition.
 */
export function useMenuKeys(count: number, onPick: (index: number) => void, onClose: () => void) {
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [count]);
  const onKey = (event: KeyboardEvent): boolean => {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return false;
    if (event.key === 'Escape') onClose();
    else if (count === 0) return false;
    else if (event.key === 'ArrowDown') setActive((i) => (i + 1) % count);
    else if (event.key === 'ArrowUp') setActive((i) => (i - 1 + count) % count);
    else if (event.key === 'Enter' || event.key === 'Tab') onPick(active);
    else return false;
    event.preventDefault();
    event.stopPropagation();
    return true;
  };
  return { active, onKey };
}

/** The list of matching templates; a click or Enter inserts one. */
export function TemplateMenu({
  id,
  matches,
  failed,
  active,
  onPick,
}: {
  id: string;
  matches: TemplateMatch[];
  failed: boolean;
  active: number;
  onPick: (index: number) => void;
}) {
  const { m } = useI18n();
  return (
    <div className="template-menu" data-testid="template-menu">
      {failed && <p className="field-error">{m.editor.templatesFailed}</p>}
      {!failed && matches.length === 0 && <p className="muted">{m.editor.noTemplates}</p>}
      {matches.length > 0 && (
        <ul role="listbox" id={id} aria-label={m.editor.templates}>
          {matches.map((match, index) => (
            <li
              key={match.id}
              id={`${id}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              data-testid={`template-option-${match.code}`}
              // keep the editor's caret where the template goes
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onPick(index)}
            >
              <code>/{match.code}</code> {match.title}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
