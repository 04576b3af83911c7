import { useId, useImperativeHandle, useLayoutEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent, type Ref, type SyntheticEvent } from 'react';
import { useI18n } from '../../../../i18n';
import type { EditorType, TemplateSource } from '../../api/types';
import { editableHtml, escapeHtml, pastedHtml, slashQuery, templateBodyFor, textToHtml } from '../../lib/reply-text';
import { TemplateMenu, useMenuKeys, useTemplateMatches } from './TemplateMenu';
import { RichTextToolbar } from './RichTextToolbar';

export interface ReplyEditorHandle {
  focus(): void;
  /** Puts text (in the editor's format) where the caret was last, e.g. a template chosen from the list. */
  insert(body: string): void;
}

/** Where a `/code` ends: the caret of the plain editor, or the text node and offset of the rich one. */
type Caret = { at: number } | { node: Text; at: number };

/**
 * The reply box: plain text (a textarea) or rich text (an editable area with a toolbar) as the service writes
 * replies. `/` and letters at a word start open the matching templates; both boxes are `#ticket-reply` and
 * `data-testid="reply-editor"`.
 */
export function ReplyEditor({
  id,
  format,
  value,
  onChange,
  templates,
  onKeyDown,
  ref,
}: {
  id: string;
  format: EditorType;
  value: string;
  onChange: (value: string) => void;
  templates?: TemplateSource;
  /** Keys the editor did not use itself (shortcuts). */
  onKeyDown?: (event: KeyboardEvent) => void;
  ref?: Ref<ReplyEditorHandle>;
}) {
  const { m } = useI18n();
  const labelId = useId();
  const menuId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const richRef = useRef<HTMLDivElement>(null);
  const composing = useRef(false);
  const lastRange = useRef<Range | null>(null);
  const [query, setQuery] = useState<string | null>(null);
  const [templateFailed, setTemplateFailed] = useState(false);
  const { matches, failed } = useTemplateMatches(templates, query);

  // the rich box is not re-rendered from its value while typed in (the caret would jump), only when it differs
  useLayoutEffect(() => {
    const box = richRef.current;
    if (box && box.innerHTML !== value) box.innerHTML = editableHtml(value);
  }, [value, format]);

  const richChanged = () => richRef.current && onChange(richRef.current.innerHTML);

  function caret(): Caret | null {
    if (format === 'TEXT') {
      const box = textRef.current;
      return box && box.selectionStart === box.selectionEnd ? { at: box.selectionStart } : null;
    }
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
    const { startContainer, startOffset } = selection.getRangeAt(0);
    if (!(startContainer instanceof Text) || !richRef.current?.contains(startContainer)) return null;
    return { node: startContainer, at: startOffset };
  }

  function readSlash() {
    if (!templates || composing.current) return;
    const at = caret();
    if (!at) return setQuery(null);
    const before = 'node' in at ? at.node.data.slice(0, at.at) : (textRef.current?.value ?? '').slice(0, at.at);
    setQuery(slashQuery(before));
  }

  function rememberSelection() {
    const selection = window.getSelection();
    if (selection && selection.rangeCount > 0 && richRef.current?.contains(selection.anchorNode)) {
      lastRange.current = selection.getRangeAt(0).cloneRange();
    }
  }

  /** Replaces the `replaced` characters before `at` (0: none) with `body`. */
  function put(body: string, at: Caret | null, replaced: number) {
    if (format === 'TEXT') {
      const box = textRef.current;
      const end = at && !('node' in at) ? at.at : (box?.selectionEnd ?? value.length);
      const start = Math.max(0, end - replaced);
      onChange(value.slice(0, start) + body + value.slice(end));
      requestAnimationFrame(() => box?.setSelectionRange(start + body.length, start + body.length));
      box?.focus();
      return;
    }
    const box = richRef.current;
    if (!box) return;
    const range = document.createRange();
    if (at && 'node' in at) {
      range.setStart(at.node, Math.max(0, at.at - replaced));
      range.setEnd(at.node, at.at);
    } else if (lastRange.current && box.contains(lastRange.current.startContainer)) {
      range.setStart(lastRange.current.startContainer, lastRange.current.startOffset);
      range.setEnd(lastRange.current.endContainer, lastRange.current.endOffset);
    } else {
      range.selectNodeContents(box);
      range.collapse(false);
    }
    range.deleteContents();
    const template = document.createElement('template');
    template.innerHTML = editableHtml(body);
    const last = template.content.lastChild;
    range.insertNode(template.content);
    if (last) range.setStartAfter(last);
    range.collapse(true);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    box.focus();
    richChanged();
  }

  const closeMenu = () => setQuery(null);
  async function pick(index: number) {
    const match = matches[index];
    if (!match || !templates || query === null) return;
    const at = caret();
    const replaced = query.length + 1;
    closeMenu();
    setTemplateFailed(false);
    try {
      put(templateBodyFor(format, await templates.render(match.id)), at, replaced);
    } catch {
      setTemplateFailed(true);
    }
  }

  /** Rich text pasted from elsewhere keeps only what the reply carries; plain text becomes its paragraphs. */
  function paste(event: ClipboardEvent) {
    const html = event.clipboardData.getData('text/html');
    const text = event.clipboardData.getData('text/plain');
    if (!html && !text) return; // e.g. a file: the browser's own handling
    event.preventDefault();
    rememberSelection();
    put(html ? pastedHtml(html) : text.includes('\n') ? textToHtml(text) : escapeHtml(text), null, 0);
  }
  const menu = useMenuKeys(query === null ? 0 : matches.length, (i) => void pick(i), closeMenu);

  function keyDown(event: KeyboardEvent) {
    if (query !== null && menu.onKey(event)) return;
    onKeyDown?.(event);
  }
  const compositionStart = () => {
    composing.current = true;
  };
  const compositionEnd = () => {
    composing.current = false;
    readSlash();
  };
  const input = (event: SyntheticEvent) => {
    if (format === 'HTML') richChanged();
    // a word being composed is not a search code yet; compositionend reads it
    if (!(event.nativeEvent as InputEvent).isComposing) readSlash();
  };

  useImperativeHandle(ref, () => ({
    focus: () => (format === 'TEXT' ? textRef.current : richRef.current)?.focus(),
    insert: (body) => put(body, null, 0),
  }));

  const shared = {
    id,
    'data-testid': 'reply-editor',
    'data-format': format,
    'aria-controls': query !== null ? menuId : undefined,
    'aria-activedescendant': query !== null && matches.length > 0 ? `${menuId}-${menu.active}` : undefined,
    onKeyDown: keyDown,
    onCompositionStart: compositionStart,
    onCompositionEnd: compositionEnd,
    onBlur: closeMenu,
  };
  return (
    <div className="reply-editor">
      <label id={labelId} htmlFor={id} onClick={() => richRef.current?.focus()}>
        {m.actions.reply}
      </label>
      {format === 'HTML' && <RichTextToolbar editor={richRef} onChanged={richChanged} />}
      {format === 'TEXT' ? (
        <textarea
          {...shared}
          ref={textRef}
          rows={6}
          value={value}
          onChange={(e) => {
            onChange(e.target.value);
            input(e);
          }}
          onSelect={() => query !== null && readSlash()}
        />
      ) : (
        <div
          {...shared}
          ref={richRef}
          className="rich-text"
          contentEditable
          suppressContentEditableWarning
          role="textbox"
          aria-multiline="true"
          aria-labelledby={labelId}
          onInput={input}
          onPaste={paste}
          onKeyUp={rememberSelection}
          onMouseUp={rememberSelection}
          onBlur={() => {
            rememberSelection();
            closeMenu();
          }}
        />
      )}
      {query !== null && templates && (
        <TemplateMenu id={menuId} matches={matches} failed={failed} active={menu.active} onPick={(i) => void pick(i)} />
      )}
      {templateFailed && (
        <p className="field-error" role="alert" data-testid="template-failed">
          {m.editor.templateFailed}
        </p>
      )}
    </div>
  );
}
