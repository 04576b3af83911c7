import { Dialog } from '../../../../components/Dialog';
import { useI18n } from '../../../../i18n';
import { SHORTCUTS } from '../../lib/shortcuts';

/** The keyboard shortcuts of the processing section (press `?` outside a field). */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { m } = useI18n();
  return (
    <Dialog title={m.editor.shortcutsTitle} onClose={onClose} testId="shortcut-help">
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map(({ action, keys }) => (
            <tr key={action}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{m.editor.shortcut[action]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{m.editor.shortcutsNote}</p>
    </Dialog>
  );
}
