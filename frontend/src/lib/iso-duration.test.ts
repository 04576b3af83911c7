import { describe, expect, it } from 'vitest';
import { isoDurationMinutes, minutesToIsoDuration, splitMinutes } from './iso-duration';

describe('ISO-8601 durations', () => {
  it('reads them as minutes', () => {
    expect(isoDurationMinutes('PT4H')).toBe(240);
    expect(isoDurationMinutes('PT1H30M')).toBe(90);
    expect(isoDurationMinutes('PT30M')).toBe(30);
    expect(isoDurationMinutes('P1DT2H')).toBe(1560);
    expect(isoDurationMinutes('PT90S')).toBe(2);
    expect(isoDurationMinutes('pt2h')).toBe(120);
    for (const bad of [null, '', 'P', 'PT', '4h', 'PT4', 'P1W']) expect(isoDurationMinutes(bad)).toBeNull();
  });

  it('writes them from minutes', () => {
    expect(minutesToIsoDuration(240)).toBe('PT4H');
    expect(minutesToIsoDuration(90)).toBe('PT1H30M');
    expect(minutesToIsoDuration(30)).toBe('PT30M');
    expect(minutesToIsoDuration(2880)).toBe('PT48H');
    expect(splitMinutes(1561)).toEqual({ days: 1, hours: 2, minutes: 1 });
  });
});
