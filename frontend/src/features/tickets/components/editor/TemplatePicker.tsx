import { useId, useState } from 'react';
import { useI18n } from '../../../../i18n';
import type { EditorType, TemplateSource } from '../../api/types';
import { templateBodyFor } from '../../lib/reply-text';
import { TemplateMenu, useMenuKeys, useTemplateMatches } from './TemplateMenu';

/** "Templates": a searchable list (by code or title); the chosen one goes where the caret was in the reply. */
export function TemplatePicker({
  templates,
  format,
  open,
  onOpenChange,
  onInsert,
}: {
  templates: TemplateSource;
  format: EditorType;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onInsert: (body: string) => void;
}) {
  const { m } = useI18n();
  const menuId = useId();
  const [search, setSearch] = useState('');
  const { matches, failed } = useTemplateMatches(templates, open ? search : null);
  const close = () => {
    onOpenChange(false);
    setSearch('');
  };
  async function pick(index: number) {
    const match = matches[index];
    if (!match) return;
    close();
    onInsert(templateBodyFor(format, await templates.render(match.id)));
  }
  const menu = useMenuKeys(matches.length, (i) => void pick(i), close);
  return (
    <div className="template-picker">
      <button type="button" className="secondary" aria-expanded={open} onClick={() => (open ? close() : onOpenChange(true))} data-testid="template-button">
        {m.editor.templates}
      </button>
      {open && (
        <div className="template-popover">
          <input
            type="search"
            autoFocus
            aria-label={m.editor.searchTemplates}
            placeholder={m.editor.searchTemplates}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => menu.onKey(e)}
            aria-controls={menuId}
            aria-activedescendant={matches.length > 0 ? `${menuId}-${menu.active}` : undefined}
            data-testid="template-search"
          />
          <TemplateMenu id={menuId} matches={matches} failed={failed} active={menu.active} onPick={(i) => void pick(i)} />
        </div>
      )}
    </div>
  );
}
