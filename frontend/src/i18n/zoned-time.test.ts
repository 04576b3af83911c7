import { describe, expect, it } from 'vitest';
import { isoToZonedInput, zonedInputToIso } from './zoned-time';

describe('zoned date-time inputs', () => {
  it("read what was typed as the service's wall clock", () => {
    expect(zonedInputToIso('2026-12-03T10:00', 'Asia/Seoul')).toBe('2026-12-03T10:00:00+09:00');
    expect(zonedInputToIso('2026-12-03T10:00', 'Asia/Tokyo')).toBe('2026-12-03T10:00:00+09:00');
    expect(zonedInputToIso('2026-12-03T10:00:30', 'UTC')).toBe('2026-12-03T10:00:30+00:00');
    expect(zonedInputToIso('2027-01-15T09:30', 'America/New_York')).toBe('2027-01-15T09:30:00-05:00');
    expect(zonedInputToIso('2027-07-15T09:30', 'America/New_York')).toBe('2027-07-15T09:30:00-04:00');
    expect(zonedInputToIso('2027-03-01T12:00', 'Asia/Kolkata')).toBe('2027-03-01T12:00:00+05:30');
  });

  it('refuse what is no date and time', () => {
    expect(zonedInputToIso('', 'Asia/Seoul')).toBeNull();
    expect(zonedInputToIso('tomorrow', 'Asia/Seoul')).toBeNull();
    expect(zonedInputToIso('2026-13-03T10:00', 'Asia/Seoul')).toBeNull();
  });

  it("show an instant as the service's wall clock, and take the browser's zone for one it does not know", () => {
    expect(isoToZonedInput('2026-12-03T01:00:00Z', 'Asia/Seoul')).toBe('2026-12-03T10:00');
    expect(isoToZonedInput('2026-12-03T23:30:00Z', 'Asia/Tokyo')).toBe('2026-12-04T08:30');
    expect(isoToZonedInput(null, 'Asia/Seoul')).toBe('');
    expect(isoToZonedInput('not a date', 'Asia/Seoul')).toBe('');
    expect(isoToZonedInput('2026-12-03T01:00:00Z', 'Mars/Olympus')).toBe(isoToZonedInput('2026-12-03T01:00:00Z'));
    // and back: what the input shows is the same instant
    const shown = isoToZonedInput('2026-12-03T01:00:00Z', 'America/New_York');
    expect(new Date(zonedInputToIso(shown, 'America/New_York')!).toISOString()).toBe('2026-12-03T01:00:00.000Z');
  });
});
