import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { format, useI18n } from '../../../i18n';
import { useBulkJob } from '../hooks/use-bulk-jobs';
import { problemText, progressOf } from '../lib/bulk-actions';

/** A running or finished job: the progress bar, then each ticket's outcome, failed ones linked with their reason. */
export function BulkProgress({ jobId, onFinished, onClose }: { jobId: string; onFinished: () => void; onClose: () => void }) {
  const { m } = useI18n();
  const job = useBulkJob(jobId, onFinished);
  if (!job.data) {
    return job.error ? <ErrorMessage error={job.error} fallback={m.bulk.loadFailed} /> : <p className="muted">{m.app.loading}</p>;
  }
  const { processed, total } = progressOf(job.data);
  const finished = job.data.status === 'FINISHED';
  return (
    <section className="bulk-progress" data-testid="bulk-job" data-status={job.data.status} aria-label={m.bulk.heading}>
      <div className="bulk-progress-line">
        <progress data-testid="bulk-progress" value={processed} max={total} aria-label={m.bulk.heading} />
        <span aria-live="polite">
          {format(m.bulk.progress, { processed, total })}
          {' · '}
          {finished ? format(m.bulk.finished, { done: job.data.done, failed: job.data.failed }) : m.bulk.running}
        </span>
        {finished && (
          <button type="button" className="secondary" data-testid="bulk-close" onClick={onClose}>
            {m.bulk.close}
          </button>
        )}
      </div>
      {job.error && <ErrorMessage error={job.error} fallback={m.bulk.loadFailed} />}
      <details open={finished && job.data.failed > 0}>
        <summary>{m.bulk.results}</summary>
        <ul className="bulk-results">
          {job.data.results?.map((result) => (
            <li key={result.ticketId} data-testid={`bulk-result-${result.ticketId}`} data-outcome={result.outcome}>
              {result.number === null ? (
                <span className="muted">{m.bulk.unknownTicket}</span>
              ) : result.outcome === 'FAILED' ? (
                <Link to={`/tickets/${result.ticketId}`}>{result.number}</Link>
              ) : (
                <span>{result.number}</span>
              )}{' '}
              <span className={`bulk-outcome bulk-outcome-${result.outcome}`}>{m.bulk.outcome[result.outcome]}</span>
              {result.problem && (
                <span className="bulk-reason">
                  {' — '}
                  {problemText(result.problem, m.bulk.problems, (words) => format(m.bulk.forbiddenWords, { words }))}
                </span>
              )}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
