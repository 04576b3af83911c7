import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocaleContext } from '../../../i18n';
import { fakeServer } from '../../../test/fake-server';
import { jsonResponse, problemResponse, renderWithProviders } from '../../../test/render';
import type { Escalation } from '../api/types';
import { EscalationAnswerSource } from './EscalationAnswerSource';
import { EscalationsPanel } from './EscalationsPanel';
import { opened, testEscalation } from './test-escalations';

const answered = opened({
  id: 'e-2',
  status: 'ANSWERED',
  answer: {
    action: 'resolve',
    content: '<p>Fixed in <b>2.4.1</b>.</p><script>alert(1)</script>',
    format: 'HTML',
    answeredBy: 'dave',
    answeredAt: '2026-12-02T03:00:00Z',
  },
});

/** escalation-service answering the list of a ticket's escalations with `items()`. */
function server(items: () => Escalation[]) {
  return fakeServer((url) =>
    url.pathname === '/api/v1/escalations' ? jsonResponse({ items: items() }) : undefined,
  );
}

describe('EscalationsPanel', () => {
  it("shows an escalation's issue ticket, status, requester and its answer, HTML as its paragraphs without scripts", async () => {
    const api = server(() => [answered]);
    const { container } = renderWithProviders(<EscalationsPanel ticketId="t-1" timeZone="Asia/Seoul" />, {
      fetchFn: api.fetchFn,
    });
    const item = await screen.findByTestId('escalation');
    expect(api.calls).toContain('GET /api/v1/escalations?ticketId=t-1');
    expect(item).toHaveAttribute('data-direction', 'outgoing');
    expect(within(item).getByTestId('escalation-direction')).toHaveTextContent('Escalated to DEV-12');
    expect(within(item).getByRole('link', { name: 'DEV-12' })).toHaveAttribute('href', '/tickets/DEV-12');
    expect(within(item).getByTestId('escalation-status')).toHaveTextContent('Answered');
    // 01:00 UTC is 10:00 in Seoul
    expect(item).toHaveTextContent('Requested by bob');
    expect(item).toHaveTextContent('Dec 1, 2026, 10:00 AM');
    const answer = within(item).getByTestId('escalation-answer');
    expect(answer).toHaveTextContent('Final answer (resolve)');
    expect(answer).toHaveTextContent('Answered by dave');
    expect(answer).toHaveTextContent('Fixed in 2.4.1.');
    expect(container.querySelector('.escalation-answer p b')).toHaveTextContent('2.4.1');
    expect(container.querySelector('.escalation-answer script')).toBeNull();
    expect(answer).not.toHaveTextContent('alert');
  });

  it('on the issue ticket, links to the ticket it was escalated from', async () => {
    renderWithProviders(<EscalationsPanel ticketId="t-12" />, { fetchFn: server(() => [opened()]).fetchFn });
    const item = await screen.findByTestId('escalation');
    expect(item).toHaveAttribute('data-direction', 'incoming');
    expect(within(item).getByTestId('escalation-direction')).toHaveTextContent('Escalated from CS-1');
    expect(within(item).getByRole('link', { name: 'CS-1' })).toHaveAttribute('href', '/tickets/CS-1');
    expect(within(item).getByTestId('escalation-status')).toHaveTextContent('Open');
  });

  it("shows the refusal, and an escalation whose issue ticket is not there yet", async () => {
    const refused = testEscalation({ id: 'e-3', status: 'REFUSED', refusal: 'DEV has no inquiry type x.' });
    renderWithProviders(<EscalationsPanel ticketId="t-1" />, {
      fetchFn: server(() => [testEscalation(), refused]).fetchFn,
    });
    const [pending, refusedItem] = await screen.findAllByTestId('escalation');
    expect(pending).toHaveTextContent('Escalated to DEV (issue ticket being created)');
    expect(within(pending!).getByTestId('escalation-status')).toHaveTextContent('Requested');
    expect(within(refusedItem!).getByTestId('escalation-refusal')).toHaveTextContent('Reason for refusal: DEV has no inquiry type x.');
  });

  it('is read again while an escalation is on its way, and no more once all are settled', async () => {
    let items = [testEscalation()];
    const api = server(() => items);
    renderWithProviders(<EscalationsPanel ticketId="t-1" />, { fetchFn: api.fetchFn });
    expect(await screen.findByText('Escalated to DEV (issue ticket being created)')).toBeInTheDocument();
    items = [answered];
    expect(await screen.findByTestId('escalation-answer', {}, { timeout: 4_000 })).toBeInTheDocument();
    const reads = api.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(api.calls.length).toBe(reads);
  });

  it('is not there for a ticket never escalated, and says when the list could not be read', async () => {
    const { unmount } = renderWithProviders(<EscalationsPanel ticketId="t-1" />, { fetchFn: server(() => []).fetchFn });
    await waitFor(() => expect(screen.queryByTestId('escalations-panel')).not.toBeInTheDocument());
    unmount();
    renderWithProviders(<EscalationsPanel ticketId="t-1" />, {
      fetchFn: fakeServer(() => problemResponse({ status: 403, detail: 'You may not see the escalations of CS-1.' })).fetchFn,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('You may not see the escalations of CS-1.');
  });

  it('takes a ticket escalation-service does not know yet (404) for one never escalated', async () => {
    const api = fakeServer(() => problemResponse({ status: 404, detail: 'No ticket t-1 is known here.' }));
    renderWithProviders(<EscalationsPanel ticketId="t-1" />, { fetchFn: api.fetchFn });
    await waitFor(() => expect(api.calls).toContain('GET /api/v1/escalations?ticketId=t-1'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByTestId('escalations-panel')).not.toBeInTheDocument();
  });

  it('is in Korean and Japanese', async () => {
    const { unmount } = renderWithProviders(
      <LocaleContext.Provider value="ko">
        <EscalationsPanel ticketId="t-1" />
      </LocaleContext.Provider>,
      { fetchFn: server(() => [answered]).fetchFn },
    );
    expect(await screen.findByRole('heading', { name: '이관 내역' })).toBeInTheDocument();
    expect(screen.getByTestId('escalation-direction')).toHaveTextContent('DEV-12(으)로 이관');
    expect(screen.getByTestId('escalation-answer')).toHaveTextContent('최종 답변 (해결)');
    unmount();
    renderWithProviders(
      <LocaleContext.Provider value="ja">
        <EscalationsPanel ticketId="t-1" />
      </LocaleContext.Provider>,
      { fetchFn: server(() => [answered]).fetchFn },
    );
    expect(await screen.findByRole('heading', { name: '移管履歴' })).toBeInTheDocument();
    expect(screen.getByTestId('escalation-direction')).toHaveTextContent('DEV-12 へ移管');
    expect(screen.getByTestId('escalation-status')).toHaveTextContent('回答済み');
  });
});

describe('EscalationAnswerSource', () => {
  const message = { type: 'ESCALATION_ANSWER', author: 'dave', createdAt: '2026-12-02T03:00:01Z' };

  it('names the issue ticket an answer came from, the one answered by its author nearest in time', async () => {
    const other = opened({
      id: 'e-4',
      status: 'ANSWERED',
      target: { serviceCode: 'DEV', ticketId: 't-13', number: 'DEV-13' },
      answer: { ...answered.answer!, answeredBy: 'dave', answeredAt: '2026-12-01T03:00:00Z' },
    });
    renderWithProviders(<EscalationAnswerSource ticketId="t-1" message={message} />, {
      fetchFn: server(() => [other, answered]).fetchFn,
    });
    const source = await screen.findByTestId('escalation-answer-source');
    expect(source).toHaveTextContent('from DEV-12');
    expect(within(source).getByRole('link', { name: 'DEV-12' })).toHaveAttribute('href', '/tickets/DEV-12');
  });

  it('says nothing beside other messages', () => {
    const api = server(() => [answered]);
    renderWithProviders(<EscalationAnswerSource ticketId="t-1" message={{ ...message, type: 'FINAL_REPLY' }} />, {
      fetchFn: api.fetchFn,
    });
    expect(screen.queryByTestId('escalation-answer-source')).not.toBeInTheDocument();
    expect(api.calls).toEqual([]);
  });
});
