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
