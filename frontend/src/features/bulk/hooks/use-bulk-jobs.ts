import { useEffect, useRef } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import {
  bulkJobQueryOptions,
  bulkKeys,
  myBulkJobsQueryOptions,
  serviceGroupsQueryOptions,
  startBulkJob,
  type BulkJob,
  type BulkJobRequest,
} from '../api/bulk-jobs';
import { keyFor } from '../lib/bulk-actions';

/** Starts a job; sending the same request again (after a failure) reuses its Idempotency-Key. */
export function useStartBulkJob(onStarted: (job: BulkJob) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const sent = useRef<{ request: string; key: string } | null>(null);
  return useMutation({
    mutationFn: (request: BulkJobRequest) => {
      sent.current = keyFor(sent.current, JSON.stringify(request), () => crypto.randomUUID());
      return startBulkJob(client, request, sent.current.key);
    },
    onSuccess: (job) => {
      queryClient.setQueryData(bulkKeys.job(job.id), job);
      onStarted(job);
    },
  });
}

/** The job, polled until it is finished; `onFinished` runs once when it is. */
export function useBulkJob(id: string, onFinished: () => void) {
  const client = useApiClient();
  const job = useQuery(bulkJobQueryOptions(client, id));
  const finished = job.data?.status === 'FINISHED';
  const reported = useRef(false);
  useEffect(() => {
    if (finished && !reported.current) {
      reported.current = true;
      onFinished();
    }
  }, [finished, onFinished]);
  return job;
}

/**
 * The ids of the user's jobs that are still queued or running, oldest first, read each time the list is opened: their
 * progress survives a reload or a visit to a ticket.
 */
export function useUnfinishedJobIds(): string[] {
  const client = useApiClient();
  const mine = useQuery(myBulkJobsQueryOptions(client)).data ?? [];
  return mine.filter((job) => job.status !== 'FINISHED').map((job) => job.id).reverse();
}

export function useServiceGroups(service: string | null) {
  const client = useApiClient();
  return useQuery({ ...serviceGroupsQueryOptions(client, service ?? ''), enabled: service !== null });
}
