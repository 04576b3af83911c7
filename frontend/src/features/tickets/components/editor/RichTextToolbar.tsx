import type { RefObject } from 'react';
import { useI18n } from '../../../../i18n';

/** The formatting a reply mail may carry; the browser's editing commands apply it to the selection. */
const COMMANDS = [
  { name: 'bold', icon: 'B', command: 'bold' },
  { name: 'italic', icon: 'I', command: 'italic' },
  { name: 'bulletList', icon: '•', command: 'insertUnorderedList' },
  { name: 'numberedList', icon: '1.', command: 'insertOrderedList' },
  { name: 'quote', icon: '❝', command: 'formatBlock', value: 'blockquote' },
  { name: 'link', icon: '🔗', command: 'createLink' },
  { name: 'clear', icon: '⌫', command: 'removeFormat' },
] as const;

export function RichTextToolbar({ editor, onChanged }: { editor: RefObject<HTMLDivElement | null>; onChanged: () => void }) {
  const { m } = useI18n();
  function apply({ name, command, ...rest }: (typeof COMMANDS)[number]) {
    editor.current?.focus();
    if (name === 'link') {
      const url = window.prompt(m.editor.linkPrompt, 'https://');
      if (!url || !/^(https?:|mailto:|tel:)/i.test(url.trim())) return;
      document.execCommand(command, false, url.trim());
    } else {
      document.execCommand(command, false, 'value' in rest ? rest.value : undefined);
      // clearing also takes the links and the quote away
      if (name === 'clear') {
        document.execCommand('unlink');
        document.execCommand('formatBlock', false, 'p');
      }
    }
    onChanged();
  }
  return (
    <div className="rich-text-toolbar" role="toolbar" aria-label={m.editor.formatting}>
      {COMMANDS.map((entry) => (
        <button
          key={entry.name}
          type="button"
          className="secondary"
          data-testid={`format-${entry.name}`}
          aria-label={m.editor.format[entry.name]}
          title={m.editor.format[entry.name]}
          // keep the selection the format applies to
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => apply(entry)}
        >
          {entry.icon}
        </button>
      ))}
    </div>
  );
}
