import { describe, expect, it } from 'vitest';
import { getMessages } from '../../../i18n';
import { durationInWords, sameZonedDay, shortDuration, zonedClock } from './sla';

const en = getMessages('en');

describe('SLA words', () => {
  it('says a target in words', () => {
    expect(durationInWords('PT4H', en)).toBe('4 hours');
    expect(durationInWords('PT1H30M', en)).toBe('1 hour 30 minutes');
    expect(durationInWords('PT1M', en)).toBe('1 minute');
    expect(durationInWords('P1D', en)).toBe('1 day');
    expect(durationInWords('P2DT3H', en)).toBe('2 days 3 hours');
    expect(durationInWords('PT4H', getMessages('ko'))).toBe('4시간');
    expect(durationInWords('PT1H30M', getMessages('ja'))).toBe('1時間 30分');
    expect(durationInWords('soon', en)).toBe('soon');
  });

  it('says the time left shortly, rounding up to the minute', () => {
    expect(shortDuration(80 * 60_000, en)).toBe('1h 20m');
    expect(shortDuration(59 * 60_000 + 1, en)).toBe('1h');
    expect(shortDuration(10_000, en)).toBe('1m');
    expect(shortDuration((26 * 60 + 5) * 60_000, en)).toBe('1d 2h');
  });

  it("reads the wall clock and the day in the service's zone", () => {
    const at = Date.parse('2026-12-02T15:30:00Z');
    expect(zonedClock(at, 'en', 'Asia/Seoul')).toBe('00:30');
    expect(zonedClock(at, 'en', 'Europe/London')).toBe('15:30');
    expect(sameZonedDay(at, Date.parse('2026-12-02T10:00:00Z'), 'Europe/London')).toBe(true);
    expect(sameZonedDay(at, Date.parse('2026-12-02T10:00:00Z'), 'Asia/Seoul')).toBe(false);
  });
});
