import { Link } from 'react-router';
import { format, useI18n, useServiceTimeZones } from '../../../i18n';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useInflow, useMyCallbacks, useMyStatus } from '../hooks/use-dashboard';

export interface DashboardService {
  code: string;
  name: string;
}

/** My status and my callback reservations, then the inflow board of each of the user's services. */
export function Dashboard({ services }: { services: DashboardService[] }) {
  const { m } = useI18n();
  return (
    <div className="dashboard" data-testid="dashboard">
      <h1>{m.dashboard.heading}</h1>
      {services.length === 0 ? (
        <p className="muted">{m.dashboard.noServices}</p>
      ) : (
        <>
          <MyStatusPanel services={services} />
          <MyCallbacksPanel />
          <div className="inflow-boards">
            {services.map((s) => (
              <InflowBoard key={s.code} service={s} />
            ))}
          </div>
        </>
      )}
    </div>
  );
}

function MyStatusPanel({ services }: { services: DashboardService[] }) {
  const { m, formatNumber } = useI18n();
  const status = useMyStatus();
  const d = m.dashboard;
  const nameOf = (code: string) => services.find((s) => s.code === code)?.name ?? code;
  return (
    <section className="panel" aria-labelledby="my-status-heading" data-testid="my-status">
      <h2 id="my-status-heading">{d.myStatus}</h2>
      {status.isPending && <p className="muted">{m.app.loading}</p>}
      {status.isError && <ErrorMessage error={status.error} fallback={d.statusFailed} />}
      {status.data && (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{m.tickets.service}</th>
              <th scope="col" className="numeric">{d.inProgress}</th>
              <th scope="col" className="numeric">{d.onHold}</th>
              <th scope="col" className="numeric">{d.callbacks}</th>
              <th scope="col" className="numeric">{d.callbacksDue}</th>
              <th scope="col" className="numeric">{d.escalationsUnanswered}</th>
              <th scope="col" className="numeric">{d.slaOverdue}</th>
              <th scope="col" className="numeric">{d.slaAtRisk}</th>
            </tr>
          </thead>
          <tbody>
            {status.data.services.map((s) => (
              <tr key={s.service} data-testid="my-status-service" data-service={s.service}>
                <th scope="row">{nameOf(s.service)}</th>
                <td className="numeric" data-testid="my-in-progress">{formatNumber(s.inProgress)}</td>
                <td className="numeric" data-testid="my-on-hold">{formatNumber(s.onHold)}</td>
                <td className="numeric" data-testid="my-callbacks">{formatNumber(s.callbacks)}</td>
                <td className="numeric" data-testid="my-callbacks-due">{formatNumber(s.callbacksDue)}</td>
                <td className="numeric" data-testid="my-escalations">{formatNumber(s.escalationsUnanswered)}</td>
                <td className={(s.slaOverdue ?? 0) > 0 ? 'numeric sla-overdue-count' : 'numeric'} data-testid="my-sla-overdue">
                  {formatNumber(s.slaOverdue ?? 0)}
                </td>
                <td className={(s.slaAtRisk ?? 0) > 0 ? 'numeric sla-at-risk-count' : 'numeric'} data-testid="my-sla-at-risk">
                  {formatNumber(s.slaAtRisk ?? 0)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** My open callback reservations, soonest first, each leading to its ticket; due ones are marked. */
function MyCallbacksPanel() {
  const { m, formatDateTime, statusLabel } = useI18n();
  const zoneOf = useServiceTimeZones();
  const callbacks = useMyCallbacks();
  const d = m.dashboard;
  return (
    <section className="panel" aria-labelledby="my-callbacks-heading" data-testid="my-callbacks">
      <h2 id="my-callbacks-heading">{d.myCallbacks}</h2>
      {callbacks.isPending && <p className="muted">{m.app.loading}</p>}
      {callbacks.isError && <ErrorMessage error={callbacks.error} fallback={d.callbacksFailed} />}
      {callbacks.data && callbacks.data.length === 0 && (
        <p className="muted" data-testid="no-callbacks">
          {d.noCallbacks}
        </p>
      )}
      {callbacks.data && callbacks.data.length > 0 && (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{d.callbackAt}</th>
              <th scope="col">{d.callbackTicket}</th>
              <th scope="col">{d.callbackCustomer}</th>
              <th scope="col">{d.callbackPhone}</th>
              <th scope="col">{d.callbackNote}</th>
            </tr>
          </thead>
          <tbody>
            {callbacks.data.map((c) => (
              <tr key={c.ticketId} className={c.due ? 'callback-due-row' : undefined} data-testid="my-callback"
                data-ticket-number={c.number} data-due={String(c.due)}>
                <td>
                  <time dateTime={c.at}>{formatDateTime(c.at, zoneOf(c.serviceCode))}</time>
                  {c.due && (
                    <>
                      {' '}
                      <span className="badge callback-due" data-testid="my-callback-due">
                        {d.callbackDue}
                      </span>
                    </>
                  )}
                </td>
                <td>
                  <Link to={`/tickets/${encodeURIComponent(c.ticketId)}`} data-testid="my-callback-ticket">
                    {c.number} {c.title}
                  </Link>{' '}
                  <span className="muted small">{statusLabel(c.status)}</span>
                </td>
                <td>{c.customerName || '—'}</td>
                <td data-testid="my-callback-phone">{c.phone}</td>
                <td>{c.note || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function InflowBoard({ service }: { service: DashboardService }) {
  const { m, formatNumber, formatDateTime } = useI18n();
  const inflow = useInflow(service.code);
  const d = m.dashboard;
  const data = inflow.data;
  return (
    <section className="panel inflow" aria-labelledby={`inflow-${service.code}`} data-testid="inflow-board" data-service={service.code}>
      <h2 id={`inflow-${service.code}`}>
        {d.inflow} · {service.name}
      </h2>
      {inflow.isPending && <p className="muted">{m.app.loading}</p>}
      {inflow.isError && <ErrorMessage error={inflow.error} fallback={format(d.inflowFailed, { code: service.code })} />}
      {data && (
        <>
          <dl className="tiles">
            <div>
              <dt>{d.operators}</dt>
              <dd data-testid="inflow-operators">{formatNumber(data.operators.length)}</dd>
            </div>
            <div>
              <dt>{d.receivedToday}</dt>
              <dd data-testid="inflow-received-today">{formatNumber(data.receivedToday)}</dd>
            </div>
            <div>
              <dt>{d.unassigned}</dt>
              <dd data-testid="inflow-unassigned">
                {formatNumber(data.unassignedToday)} | {formatNumber(data.unassignedTotal)}
              </dd>
            </div>
            <div>
              <dt>{d.processingRate}</dt>
              <dd data-testid="inflow-rate">
                {formatNumber(data.processingRate24h, { style: 'percent', maximumFractionDigits: 1 })}
              </dd>
            </div>
          </dl>
          <p className="muted small" data-testid="inflow-as-of">
            {format(d.asOf, { time: formatDateTime(data.asOf, data.timeZone), zone: data.timeZone })}
          </p>
          {data.operators.length === 0 ? (
            <p className="muted">{d.noOperators}</p>
          ) : (
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{d.operator}</th>
                  <th scope="col" className="numeric">{d.inProgress}</th>
                  <th scope="col" className="numeric">{d.onHold}</th>
                  <th scope="col">{d.assignment}</th>
                </tr>
              </thead>
              <tbody>
                {data.operators.map((o) => (
                  <tr key={o.username} data-testid="inflow-operator" data-username={o.username}>
                    <th scope="row">{o.displayName || o.username}</th>
                    <td className="numeric">{formatNumber(o.inProgress)}</td>
                    <td className="numeric">{formatNumber(o.onHold)}</td>
                    <td>
                      <span className={`badge ${o.assignmentEnabled ? 'assignment-on' : 'assignment-off'}`}>
                        {o.assignmentEnabled ? d.assignmentOn : d.assignmentOff}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
