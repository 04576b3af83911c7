import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { contentMasksQueryOptions } from '../api/masks';
import { MaskableBody } from './MaskableBody';

/**
 * The ticket's own content (the inquiry that is no message, plain text) with its masks: masking a selection when
 * `canMask`, unmasking when `canUnmask`; `onChanged` reloads the ticket, whose content then holds the `*`.
 */
export function MaskableContent({
  ticketId,
  content,
  canMask,
  canUnmask,
  onChanged,
}: {
  ticketId: string;
  content: string;
  canMask: boolean;
  canUnmask: boolean;
  onChanged: () => void;
}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const masks = useQuery(contentMasksQueryOptions(client, ticketId));
  return (
    <MaskableBody
      ticketId={ticketId}
      messageId={null}
      body={content}
      bodyFormat="TEXT"
      masks={masks.data ?? []}
      canMask={canMask}
      canUnmask={canUnmask}
      onChanged={() => {
        void queryClient.invalidateQueries({ queryKey: contentMasksQueryOptions(client, ticketId).queryKey });
        onChanged();
      }}
    />
  );
}
