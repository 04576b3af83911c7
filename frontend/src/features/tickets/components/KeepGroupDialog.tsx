import { useState } from 'react';
import { Dialog } from '../../../components/Dialog';
import { useI18n } from '../../../i18n';
import type { TicketGroup } from '../api/types';

/** Keep (가져오기) for an operator in several of the service's groups: which one takes the ticket. */
export function KeepGroupDialog({
  groups,
  onKeep,
  onClose,
}: {
  groups: TicketGroup[];
  onKeep: (groupId: string) => void;
  onClose: () => void;
}) {
  const { m } = useI18n();
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  return (
    <Dialog
      title={m.keep.chooseGroup}
      onClose={onClose}
      testId="keep-dialog"
      footer={
        <button type="button" data-testid="keep-confirm" onClick={() => onKeep(groupId)}>
          {m.actions.keep}
        </button>
      }
    >
      <div className="field">
        <label htmlFor="keep-group">{m.keep.group}</label>
        <select id="keep-group" data-autofocus value={groupId} onChange={(e) => setGroupId(e.target.value)} data-testid="keep-group">
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </div>
    </Dialog>
  );
}
