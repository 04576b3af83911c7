import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocaleContext, type Locale } from '../../../i18n';
import { SlaBadge } from './SlaBadge';
import { testSla } from './test-sla';

/** 2026-12-02 04:00 UTC: 13:00 in Seoul, 23:00 (of Dec 1) in New York. */
const NOW = Date.parse('2026-12-02T04:00:00Z');

function renderBadge(sla: Parameters<typeof SlaBadge>[0]['sla'], timeZone?: string, locale: Locale = 'en') {
  return render(
    <LocaleContext.Provider value={locale}>
      <SlaBadge sla={sla} timeZone={timeZone} now={NOW} />
    </LocaleContext.Provider>,
  );
}

const running = (dueAt: string, warnAt: string | null = null) =>
  testSla({ nextDueAt: dueAt }, [{ dueAt, warnAt }, { metric: 'RESOLUTION', target: 'P1D', dueAt: '2026-12-04T04:00:00Z' }]);

describe('SlaBadge', () => {
  it('says nothing without a policy, or once every clock is met', () => {
    const { container, rerender } = renderBadge(null);
    expect(container).toBeEmptyDOMElement();
    rerender(<SlaBadge sla={testSla({}, [{ state: 'MET' }, { metric: 'RESOLUTION', state: 'MET', breached: true }])} now={NOW} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('is a red "Overdue" when a clock is past due', () => {
    renderBadge(testSla({ overdue: true, nextDueAt: '2026-12-02T03:00:00Z' }, [{ state: 'BREACHED', breached: true }]));
    const badge = screen.getByTestId('sla-badge');
    expect(badge).toHaveTextContent('Overdue');
    expect(badge).toHaveAttribute('data-sla-state', 'overdue');
    expect(badge).toHaveClass('sla-overdue');
  });

  it('is overdue as soon as the next due time has passed, before the next poll says so', () => {
    renderBadge(running('2026-12-02T03:59:00Z'));
    expect(screen.getByTestId('sla-badge')).toHaveAttribute('data-sla-state', 'overdue');
  });

  it('counts down to the next due time and shows it on the service clock', () => {
    renderBadge(running('2026-12-02T05:20:00Z'), 'Asia/Seoul');
    const badge = screen.getByTestId('sla-badge');
    expect(badge).toHaveAttribute('data-sla-state', 'running');
    expect(badge).toHaveTextContent('Due in 1h 20m · 14:20');
    expect(badge.querySelector('time')).toHaveAttribute('dateTime', '2026-12-02T05:20:00Z');
  });

  it("names the date when the due time falls on another day in the service's zone", () => {
    // 05:20 UTC is 00:20 of Dec 2 in New York, where it is still Dec 1
    renderBadge(running('2026-12-02T05:20:00Z'), 'America/New_York');
    expect(screen.getByTestId('sla-badge')).toHaveTextContent('Due in 1h 20m · Dec 2, 2026, 12:20 AM');
  });

  it('gives the date and time of a due time a day or more away', () => {
    renderBadge(testSla({ nextDueAt: '2026-12-04T01:00:00Z' }, [{ metric: 'RESOLUTION', dueAt: '2026-12-04T01:00:00Z' }]), 'Asia/Seoul');
    expect(screen.getByTestId('sla-badge')).toHaveTextContent('Due Dec 4, 2026, 10:00 AM');
  });

  it('turns amber once past the warning time', () => {
    renderBadge(running('2026-12-02T04:25:00Z', '2026-12-02T03:55:00Z'), 'Asia/Seoul');
    const badge = screen.getByTestId('sla-badge');
    expect(badge).toHaveAttribute('data-sla-state', 'at-risk');
    expect(badge).toHaveTextContent('Due in 25m · 13:25');
    expect(badge).toHaveAttribute('title', 'SLA: At risk · Due in 25m · 13:25');
  });

  it('says "Paused" while the clocks wait and none runs', () => {
    renderBadge(testSla({}, [{ state: 'MET' }, { metric: 'RESOLUTION', state: 'PAUSED' }]));
    expect(screen.getByTestId('sla-badge')).toHaveTextContent('Paused');
    expect(screen.getByTestId('sla-badge')).toHaveAttribute('data-sla-state', 'paused');
  });

  it('is in Korean and Japanese', () => {
    const { unmount } = renderBadge(testSla({ overdue: true }), undefined, 'ko');
    expect(screen.getByTestId('sla-badge')).toHaveTextContent('지연');
    unmount();
    renderBadge(testSla({ overdue: true }), undefined, 'ja').unmount();
    renderBadge(running('2026-12-02T05:20:00Z'), 'Asia/Tokyo', 'ja');
    expect(screen.getByTestId('sla-badge')).toHaveTextContent('期限まであと1時間 20分 · 14:20');
  });

  it('says overdue in Japanese as 期限超過 and paused in Korean as 일시정지', () => {
    renderBadge(testSla({ overdue: true }), undefined, 'ja');
    expect(screen.getByTestId('sla-badge')).toHaveTextContent('期限超過');
    renderBadge(testSla({}, [{ state: 'PAUSED' }]), undefined, 'ko');
    expect(screen.getAllByTestId('sla-badge')[1]).toHaveTextContent('일시정지');
  });
});
