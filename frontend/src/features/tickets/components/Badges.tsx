import { useI18n } from '../../../i18n';

/** Channel badge; each channel has its own colour (`.channel-<CODE>` in styles.css). */
export function ChannelBadge({ channel }: { channel: string }) {
  const { channelLabel } = useI18n();
  return (
    <span className={`badge channel channel-${channel}`} data-channel={channel} data-testid="channel-badge">
      {channelLabel(channel)}
    </span>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const { statusLabel } = useI18n();
  return (
    <span className={`badge status status-${status}`} data-status={status}>
      {statusLabel(status)}
    </span>
  );
}

/** Priority badge; urgent and high stand out (`.priority-<CODE>` in styles.css). */
export function PriorityBadge({ priority }: { priority: string }) {
  const { m } = useI18n();
  return (
    <span className={`badge priority priority-${priority}`} data-priority={priority} data-testid="priority-badge">
      {m.priority[priority] ?? priority}
    </span>
  );
}
