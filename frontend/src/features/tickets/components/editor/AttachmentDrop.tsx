import { useId, useState, type DragEvent } from 'react';
import { format, useI18n, type Messages } from '../../../../i18n';
import { ApiError, NetworkError } from '../../../../lib/api-client';
import type { PendingFile } from '../../hooks/use-editor';

/** Why a file was not attached, in the console's language (the server's own words only where nothing fits). */
function uploadRefusal(error: unknown, m: Messages): string {
  if (error instanceof NetworkError) return m.common.networkError;
  if (error instanceof ApiError && error.status === 413) return m.editor.uploadTooLarge;
  if (error instanceof ApiError && error.status === 415) return m.editor.uploadTypeRefused;
  if (error instanceof ApiError && error.status === 429) return m.common.rateLimited;
  return error instanceof ApiError ? `${m.editor.uploadFailed} ${error.detail}` : m.editor.uploadFailed;
}

/** Files dropped here or chosen with the button are uploaded to the ticket at once and go out with the next reply. */
export function AttachmentDrop({
  files,
  onAdd,
  onRemove,
}: {
  files: PendingFile[];
  onAdd: (files: File[]) => void;
  onRemove: (key: string) => void;
}) {
  const { m, formatSize } = useI18n();
  const inputId = useId();
  const [over, setOver] = useState(false);
  const hasFiles = (e: DragEvent) => [...e.dataTransfer.types].includes('Files');
  return (
    <div
      className={`attachment-drop${over ? ' over' : ''}`}
      data-testid="attachment-drop"
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onAdd([...e.dataTransfer.files]);
      }}
    >
      <p className="muted">
        {m.editor.dropFiles}{' '}
        <label htmlFor={inputId} className="link-button">
          {m.editor.chooseFiles}
        </label>
      </p>
      <input
        id={inputId}
        type="file"
        multiple
        hidden
        data-testid="attachment-input"
        onChange={(e) => {
          onAdd([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      {files.length > 0 && (
        <ul className="attachment-list">
          {files.map((file) => (
            <li key={file.key} data-testid={`attachment-${file.name}`} className={file.error ? 'failed' : undefined}>
              <span>{file.name}</span>{' '}
              <span className="muted">{formatSize(file.size)}</span>{' '}
              {file.error ? (
                <span className="field-error" role="alert" title={file.error instanceof ApiError ? file.error.detail : undefined}>
                  {uploadRefusal(file.error, m)}
                </span>
              ) : file.uploaded ? (
                <span className="muted">{m.editor.uploaded}</span>
              ) : (
                <progress max={1} value={file.progress} aria-label={format(m.editor.uploading, { name: file.name })}>
                  {Math.round(file.progress * 100)}%
                </progress>
              )}{' '}
              <button type="button" className="secondary" onClick={() => onRemove(file.key)} aria-label={format(m.editor.removeFile, { name: file.name })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
