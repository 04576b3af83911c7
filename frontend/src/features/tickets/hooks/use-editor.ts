import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { editorTypeQueryOptions, myGroupsQueryOptions, uploadAttachment } from '../api/editor';
import type { EditorType, UploadedAttachment } from '../api/types';

/** The service's reply editor; plain text until it is known (and when it cannot be read). */
export function useEditorType(serviceCode: string, enabled: boolean): EditorType {
  const client = useApiClient();
  return useQuery({ ...editorTypeQueryOptions(client, serviceCode), enabled }).data ?? 'TEXT';
}

export function useMyGroups(serviceCode: string, enabled: boolean) {
  const client = useApiClient();
  return useQuery({ ...myGroupsQueryOptions(client, serviceCode), enabled });
}

/** A file being attached to the next reply: uploading (with the share sent), stored, or refused with a reason. */
export interface PendingFile {
  key: string;
  name: string;
  size: number;
  /** 0–1 */
  progress: number;
  uploaded?: UploadedAttachment;
  /** Why it was not stored (an ApiError, a NetworkError) */
  error?: unknown;
}

/** Uploads files as they are dropped or chosen, each with its progress; removing one cancels its upload. */
export function useAttachmentUploads(ticketId: string) {
  const client = useApiClient();
  const [files, setFiles] = useState<PendingFile[]>([]);
  const aborts = useRef(new Map<string, AbortController>());
  const sequence = useRef(0);
  const change = (key: string, patch: Partial<PendingFile>) =>
    setFiles((all) => all.map((f) => (f.key === key ? { ...f, ...patch } : f)));

  useEffect(() => {
    const running = aborts.current;
    return () => running.forEach((abort) => abort.abort());
  }, []);

  function add(chosen: Iterable<File>) {
    for (const file of chosen) {
      const key = `${++sequence.current}-${file.name}`;
      const abort = new AbortController();
      aborts.current.set(key, abort);
      setFiles((all) => [...all, { key, name: file.name, size: file.size, progress: 0 }]);
      uploadAttachment(client, ticketId, file, {
        signal: abort.signal,
        onProgress: (sent, total) => change(key, { progress: total > 0 ? sent / total : 0 }),
      })
        .then(
          (uploaded) => change(key, { uploaded, progress: 1 }),
          (error: unknown) => !abort.signal.aborted && change(key, { error: error ?? new Error('upload failed') }),
        )
        .finally(() => aborts.current.delete(key));
    }
  }
  function remove(key: string) {
    aborts.current.get(key)?.abort();
    setFiles((all) => all.filter((f) => f.key !== key));
  }
  return {
    files,
    add,
    remove,
    /** Forgets the files once the reply that carried them was sent. */
    clear: () => setFiles([]),
    ids: files.flatMap((f) => (f.uploaded ? [f.uploaded.id] : [])),
    uploading: files.some((f) => !f.uploaded && !f.error),
  };
}
