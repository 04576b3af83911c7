import { NavLink } from 'react-router';
import { useI18n } from '../../../i18n';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TICKET_VIEWS, type TicketView } from '../api/types';
import { useTicketCounts } from '../hooks/use-tickets';

const MINE = TICKET_VIEWS.slice(0, 4);
const EVERYONE = TICKET_VIEWS.slice(4);

export interface ViewMenuProps {
  starred: boolean;
  onStarredChange: (starred: boolean) => void;
  /** The address of a view (keeping the ☆ filter and sort). */
  linkTo: (view: TicketView) => string;
}

/** The nine views with their counts (summed over the user's services, re-read every few seconds) and the ☆ filter. */
export function ViewMenu({ starred, onStarredChange, linkTo }: ViewMenuProps) {
  const { m, formatNumber } = useI18n();
  const counts = useTicketCounts(starred);

  const item = (view: TicketView) => {
    const total = counts.data?.total[view];
    const perService = counts.data?.services.map((s) => `${s.service} ${formatNumber(s.counts[view] ?? 0)}`).join(' · ');
    return (
      <li key={view}>
        <NavLink to={linkTo(view)} data-testid={`view-${view}`} className={`view-link view-${view}`}>
          <span className="view-name">{m.views.names[view]}</span>
          <span className="count" data-testid="view-count" title={perService}>
            {total === undefined ? '–' : formatNumber(total)}
          </span>
        </NavLink>
      </li>
    );
  };

  return (
    <nav className="view-menu" aria-label={m.views.menu} data-testid="view-menu">
      <label className="checkbox star-filter">
        <input
          type="checkbox"
          checked={starred}
          data-testid="starred-filter"
          onChange={(e) => onStarredChange(e.target.checked)}
        />
        <span aria-hidden="true">★</span> {m.views.starredOnly}
      </label>
      <h2>{m.views.mine}</h2>
      <ul>{MINE.map(item)}</ul>
      <h2>{m.views.everyone}</h2>
      <ul>{EVERYONE.map(item)}</ul>
      {counts.isError && <ErrorMessage error={counts.error} fallback={m.views.countsFailed} />}
    </nav>
  );
}
