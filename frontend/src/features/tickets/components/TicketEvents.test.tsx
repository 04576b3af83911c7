import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocaleContext } from '../../../i18n';
import type { TicketEvent } from '../api/types';
import { TicketEvents } from './TicketEvents';

const events: TicketEvent[] = [
  { type: 'REPLIED', actor: 'bob', summary: 'final reply', at: '2026-12-01T10:00:00Z' },
  { type: 'MAIL_SENT', actor: null, summary: 'mail sent to kim.minji@example.com', at: '2026-12-01T10:00:02Z' },
  {
    type: 'MAIL_FAILED',
    actor: null,
    summary: 'mail to kim.minji@example.com failed: 550 mailbox unavailable',
    at: '2026-12-01T10:05:00Z',
  },
  { type: 'SOMETHING_NEW', actor: null, summary: 'x', at: '2026-12-01T10:06:00Z' },
];

describe('TicketEvents', () => {
  it('labels mail events and shows a failed mail in the error colour with its reason', () => {
    render(<TicketEvents events={events} />);
    const items = screen.getAllByTestId('ticket-event');
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent('Replied');
    expect(items[1]).toHaveTextContent('Mail sent');
    expect(items[1]).toHaveTextContent('kim.minji@example.com');
    expect(items[1]).toHaveClass('event-ok');
    expect(items[2]).toHaveTextContent('Mail failed');
    expect(items[2]).toHaveTextContent('550 mailbox unavailable');
    expect(items[2]).toHaveClass('event-error');
    expect(items[2]).toHaveAttribute('data-event-type', 'MAIL_FAILED');
    expect(items[3]).toHaveTextContent('SOMETHING_NEW');
    expect(items[3]).not.toHaveClass('event-error');
  });

  it('labels the escalation events on both tickets and marks them', () => {
    render(
      <TicketEvents
        events={[
          { type: 'ESCALATED', actor: 'bob', summary: 'escalated to DEV-12', at: '2026-12-01T10:00:00Z' },
          { type: 'ESCALATION_RECEIVED', actor: null, summary: 'escalated from CS-1', at: '2026-12-01T10:00:01Z' },
          { type: 'ESCALATION_ANSWERED', actor: 'dave', summary: 'DEV-12 resolved', at: '2026-12-02T10:00:00Z' },
        ]}
      />,
    );
    const [escalated, received, answered] = screen.getAllByTestId('ticket-event');
    expect(escalated).toHaveTextContent('Escalated');
    expect(escalated).toHaveTextContent('escalated to DEV-12');
    expect(escalated).toHaveClass('event-escalation');
    expect(received).toHaveTextContent('Received by escalation');
    expect(received).toHaveClass('event-escalation');
    expect(answered).toHaveTextContent('Escalation answered');
    expect(answered).toHaveClass('event-ok');
    for (const item of [escalated, received, answered]) expect(item!.querySelector('.event-icon')).toHaveAttribute('aria-hidden', 'true');
  });

  it.each([
    ['ko', '이관', '이관 접수', '이관 답변'],
    ['ja', '移管', '移管受付', '移管回答'],
  ] as const)('has %s labels for the escalation events', (locale, escalated, received, answered) => {
    render(
      <LocaleContext.Provider value={locale}>
        <TicketEvents
          events={['ESCALATED', 'ESCALATION_RECEIVED', 'ESCALATION_ANSWERED'].map((type) => ({
            type,
            actor: null,
            summary: '',
            at: '2026-12-01T10:00:00Z',
          }))}
        />
      </LocaleContext.Provider>,
    );
    const labels = screen.getAllByTestId('ticket-event').map((item) => item.querySelector('.event-type')!.textContent!.trim());
    expect(labels).toEqual([escalated, received, answered].map((label, i) => `${['↗', '↘', '↩'][i]} ${label}`));
  });

  it.each([
    ['ko', '메일 발송', '메일 발송 실패'],
    ['ja', 'メール送信', 'メール送信失敗'],
  ] as const)('has %s labels for the mail events', (locale, sent, failed) => {
    render(
      <LocaleContext.Provider value={locale}>
        <TicketEvents events={events} />
      </LocaleContext.Provider>,
    );
    const items = screen.getAllByTestId('ticket-event');
    expect(items[1]!.querySelector('.event-type')).toHaveTextContent(sent);
    expect(items[2]!.querySelector('.event-type')).toHaveTextContent(failed);
  });

  it("labels the Dooray moves with their summaries (Dooray 이관 / Dooray 移管)", () => {
    const dooray: TicketEvent[] = [
      { type: 'DOORAY_ESCALATED', actor: 'bob', summary: 'Dooray task in CS escalations', at: '2026-12-01T10:00:00Z' },
      { type: 'DOORAY_IN_PROGRESS', actor: null, summary: 'Dooray: working', at: '2026-12-01T11:00:00Z' },
      { type: 'DOORAY_ANSWERED', actor: null, summary: 'Dooray: closed', at: '2026-12-01T12:00:00Z' },
    ];
    render(
      <LocaleContext.Provider value="ko">
        <TicketEvents events={dooray} />
      </LocaleContext.Provider>,
    );
    const items = screen.getAllByTestId('ticket-event');
    expect(items[0]).toHaveTextContent('Dooray 이관');
    expect(items[0]).toHaveTextContent('Dooray task in CS escalations');
    expect(items[0]).toHaveClass('event-escalation');
    expect(items[1]).toHaveTextContent('Dooray 업무 진행');
    expect(items[2]).toHaveTextContent('Dooray 업무 완료');
    expect(items[2]).toHaveClass('event-ok');
  });
});
