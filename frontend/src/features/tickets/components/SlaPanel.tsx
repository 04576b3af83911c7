import { format, useI18n } from '../../../i18n';
import type { TicketSla } from '../api/types';
import { durationInWords } from '../lib/sla';

/**
 * The ticket's SLA clocks under its fields: each clock's metric, state, target in words, its due time (in the
 * service's zone) or that it was met, and a mark when it fell due before it was met. Nothing without a policy.
 */
export function SlaPanel({ sla, timeZone }: { sla: TicketSla | null | undefined; timeZone?: string }) {
  const { m, formatDateTime } = useI18n();
  if (!sla) return null;
  const s = m.sla;
  return (
    <section className="sla-panel" aria-labelledby="sla-panel-heading" data-testid="sla-panel" data-overdue={String(sla.overdue)}>
      <h2 id="sla-panel-heading">{s.heading}</h2>
      <p className="muted small" data-testid="sla-policy">
        {format(s.policy, { name: sla.policyName })}
      </p>
      {sla.clocks.length === 0 ? (
        <p className="muted">{s.noClocks}</p>
      ) : (
        <table className="data sla-clocks">
          <thead>
            <tr>
              <th scope="col">{s.clock}</th>
              <th scope="col">{s.clockState}</th>
              <th scope="col">{s.target}</th>
              <th scope="col">{s.due}</th>
            </tr>
          </thead>
          <tbody>
            {sla.clocks.map((clock) => (
              <tr
                key={clock.metric}
                data-testid="sla-clock"
                data-metric={clock.metric}
                data-state={clock.state}
                data-breached={String(clock.breached)}
                className={clock.breached ? 'sla-breached-row' : undefined}
              >
                <th scope="row" data-testid="sla-clock-metric">{s.metric[clock.metric] ?? clock.metric}</th>
                <td data-testid="sla-clock-state">
                  <span className={`badge sla-state sla-state-${clock.state}`}>{s.state[clock.state] ?? clock.state}</span>
                  {clock.breached && clock.state !== 'BREACHED' && (
                    <>
                      {' '}
                      <span className="badge sla sla-overdue" data-testid="sla-clock-breached">
                        <span aria-hidden="true">⚠ </span>
                        {s.breachedMark}
                      </span>
                    </>
                  )}
                  {clock.breached && clock.state === 'BREACHED' && (
                    <span aria-hidden="true" className="sla-icon" data-testid="sla-clock-breached">
                      {' '}⚠
                    </span>
                  )}
                </td>
                <td data-testid="sla-clock-target">{durationInWords(clock.target, m)}</td>
                <td data-testid="sla-clock-due">
                  {clock.state === 'MET' ? (
                    s.met
                  ) : clock.dueAt ? (
                    <>
                      <time dateTime={clock.dueAt}>{formatDateTime(clock.dueAt, timeZone)}</time>
                      {clock.warnAt && (
                        <span className="muted small" data-testid="sla-clock-warn">
                          {' '}({format(s.warnAt, { time: formatDateTime(clock.warnAt, timeZone) })})
                        </span>
                      )}
                    </>
                  ) : clock.state === 'PAUSED' ? (
                    <span className="muted">{s.notRunning}</span>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
