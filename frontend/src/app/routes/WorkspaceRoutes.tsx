import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMe } from '../../features/auth';
import { BulkBar, type BulkReplyTools } from '../../features/bulk';
import { DoorayConversation, DoorayEscalateButton, DoorayEscalateDialog } from '../../features/dooray';
import { EscalateDialog, EscalationAnswerSource, EscalationsPanel } from '../../features/escalations';
import { MailPreviewButton } from '../../features/mail';
import { BulkTemplateSelect, templateSource } from '../../features/templates';
import { MaskableBody, MaskableContent } from '../../features/masking';
import {
  SearchPanel,
  TicketDetail,
  TicketList,
  ViewMenu,
  fromSearchParams,
  isTicketView,
  toSearchParams,
  viewQuery,
  type BulkTools,
  type DoorayTools,
  type EscalationTools,
  type MaskingTools,
  type ReplyTools,
  type Ticket,
  type TicketQuery,
  type TicketView,
} from '../../features/tickets';
import { useI18n } from '../../i18n';
import { useApiClient } from '../../lib/api-context';
import { SPLIT_VIEW_QUERY, useMediaQuery } from '../../lib/use-media-query';
import { HOME, rememberList } from '../last-list';

/** The mail preview (mail feature) sits beside the reply buttons of the tickets feature. */
export const replyTools: ReplyTools = (draft) => (
  <MailPreviewButton ticketId={draft.ticketId} body={draft.body} bodyFormat={draft.format} types={draft.mailTypes} />
);

/** The reply templates (templates feature) for the reply editor of the tickets feature. */
export function useTemplatesFor() {
  const client = useApiClient();
  return useCallback((ticket: Ticket) => templateSource(client, ticket.id, ticket.serviceCode), [client]);
}

/** Escalation to issue management (escalation feature) on the ticket page of the tickets feature. */
export const escalationTools: EscalationTools = {
  dialog: (ticket, { onClose, onEscalated }) => <EscalateDialog ticket={ticket} onClose={onClose} onEscalated={onEscalated} />,
  panel: (ticket, timeZone) => <EscalationsPanel ticketId={ticket.id} timeZone={timeZone} />,
  messageNote: (ticketId, message) => <EscalationAnswerSource ticketId={ticketId} message={message} />,
};

/** Personal-info masking (masking feature) of the messages in the ticket page's processing history. */
export const maskingTools: MaskingTools = {
  body: (ticketId, message, { canMask, canUnmask, onChanged }) => (
    <MaskableBody ticketId={ticketId} messageId={message.id} body={message.body} bodyFormat={message.format}
      masks={message.masks ?? []} canMask={canMask} canUnmask={canUnmask} onChanged={onChanged} />
  ),
  content: (ticket, handlers) => <MaskableContent ticketId={ticket.id} content={ticket.content} {...handlers} />,
};

/** Escalation to a Dooray! task (Dooray feature) on the ticket page of the tickets feature. */
export const doorayTools: DoorayTools = {
  action: (ticket, { onOpen, disabled }) => <DoorayEscalateButton ticket={ticket} onOpen={onOpen} disabled={disabled} />,
  dialog: (ticket, { onClose, onEscalated }) => (
    <DoorayEscalateDialog ticket={ticket} onClose={onClose} onEscalated={onEscalated} />
  ),
  panel: (ticket, timeZone) => <DoorayConversation ticketId={ticket.id} timeZone={timeZone} />,
};

/** Bulk processing (bulk feature) of the rows selected in the list (tickets feature); the list re-reads when a job ends. */
export const bulkTools: BulkTools = ({ tickets, clear, refresh }) => (
  <BulkBar tickets={tickets} onClear={clear} onFinished={refresh} replyTools={bulkReplyTools} />
);

/** The templates feature's picker in the bulk reply, when the tickets are of one service (its templates are offered). */
const bulkReplyTools: BulkReplyTools = ({ serviceCodes, body, setBody }) =>
  serviceCodes.length === 1 ? (
    <BulkTemplateSelect key={serviceCodes[0]} serviceCode={serviceCodes[0]!} onInsert={(text) => setBody(body ? `${body}\n${text}` : text)} />
  ) : null;

const withSearch = (path: string, params: URLSearchParams) => {
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
};

/**
 * The workspace: the view menu on the left (behind a button on phones), then the list; an open ticket goes beside
 * the list on wide screens and takes the whole page on narrow ones.
 */
function Workspace({
  list,
  ticketId,
  backTo,
  linkTo,
}: {
  list: ReactNode;
  ticketId?: string;
  backTo: string;
  /** Where another ticket opens: beside the same list. */
  linkTo: (id: string) => string;
}) {
  const { m } = useI18n();
  const templatesFor = useTemplatesFor();
  const wide = useMediaQuery(SPLIT_VIEW_QUERY);
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const starred = params.get('starred') === 'true';
  // a view's sort goes along to the other views; a search's stays with the search
  const onViews = location.pathname.startsWith('/views/');

  useEffect(() => setMenuOpen(false), [location.pathname]);

  const menuParams = new URLSearchParams();
  if (starred) menuParams.set('starred', 'true');
  if (onViews && params.get('sort')) menuParams.set('sort', params.get('sort')!);
  const setStarred = (on: boolean) => {
    const next = new URLSearchParams(params);
    if (on) next.set('starred', 'true');
    else next.delete('starred');
    setParams(next);
  };

  const single = ticketId && !wide;
  return (
    <div className={`workspace${ticketId && wide ? ' split' : ''}`}>
      <button
        type="button"
        className="secondary menu-toggle"
        aria-expanded={menuOpen}
        aria-controls={menuId}
        data-testid="menu-toggle"
        onClick={() => setMenuOpen((open) => !open)}
      >
        ☰ {m.views.toggleMenu}
      </button>
      <aside id={menuId} className={`workspace-menu${menuOpen ? ' open' : ''}`}>
        <ViewMenu
          starred={starred}
          onStarredChange={setStarred}
          linkTo={(v: TicketView) => withSearch(`/views/${v}`, menuParams)}
        />
      </aside>
      {!single && <div className="workspace-list">{list}</div>}
      {ticketId && (
        <div className="workspace-ticket" data-testid={wide ? 'split-ticket' : 'full-ticket'}>
          <TicketDetail key={ticketId} id={ticketId} backTo={backTo} linkTo={linkTo} replyTools={replyTools} escalationTools={escalationTools} maskingTools={maskingTools} doorayTools={doorayTools} templatesFor={templatesFor} />
        </div>
      )}
    </div>
  );
}

/** `/views/:view` and `/views/:view/:ticketId` (☆ filter and sort in the address). */
export function ViewRoute() {
  const { m } = useI18n();
  const { view = '', ticketId } = useParams();
  const [params, setParams] = useSearchParams();
  const listPath = withSearch(`/views/${view}`, params);
  useEffect(() => {
    if (isTicketView(view)) rememberList(listPath);
  }, [view, listPath]);
  if (!isTicketView(view)) return <Navigate to={HOME} replace />;

  const query = viewQuery(view, params);
  const setSort = (sort: string) => {
    const next = new URLSearchParams(params);
    if (sort === 'created') next.delete('sort');
    else next.set('sort', sort);
    setParams(next);
  };
  return (
    <Workspace
      ticketId={ticketId}
      backTo={listPath}
      linkTo={(id) => withSearch(`/views/${view}/${id}`, params)}
      list={
        <TicketList
          key={view}
          query={query}
          heading={m.views.names[view]!}
          openId={ticketId}
          onSortChange={setSort}
          bulkTools={bulkTools}
          linkTo={(t) => withSearch(`/views/${view}/${t.id}`, params)}
        />
      }
    />
  );
}

/** `/search` and `/search/:ticketId`: the criteria are the list's own query parameters, kept in the address. */
export function SearchRoute() {
  const { m } = useI18n();
  const { ticketId } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const listPath = withSearch('/search', params);
  useEffect(() => rememberList(listPath), [listPath]);

  const query: TicketQuery = fromSearchParams(params);
  const searched = params.size > 0;
  const services = (me.data?.services ?? []).map(({ code, name }) => ({ code, name }));
  // the ☆ filter of the menu stays on when the criteria change
  const search = (next: TicketQuery) =>
    navigate(withSearch('/search', toSearchParams(params.get('starred') === 'true' ? { ...next, starred: 'true' } : next)));
  return (
    <Workspace
      ticketId={ticketId}
      backTo={listPath}
      linkTo={(id) => withSearch(`/search/${id}`, params)}
      list={
        <>
          <details className="search-box" open={!ticketId || !searched}>
            <summary>{m.search.heading}</summary>
            {/* key: the form shows the search in the address again after back/forward */}
            <SearchPanel key={listPath} services={services} initial={query} onSearch={search} />
          </details>
          {searched && (
            <TicketList
              query={query}
              heading={m.search.results}
              openId={ticketId}
              onSortChange={(sort) => search({ ...query, sort })}
              bulkTools={bulkTools}
              linkTo={(t) => withSearch(`/search/${t.id}`, params)}
            />
          )}
        </>
      }
    />
  );
}
