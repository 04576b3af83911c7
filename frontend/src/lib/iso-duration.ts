/**
 * ISO-8601 durations as the SLA contract writes them (`PT4H`, `PT1H30M`, `P1D`): read into minutes, written from
 * hours and minutes. Seconds are rounded to the minute; years, months and weeks are not used by the servers.
 */

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** `PT1H30M` → 90; null when it is not such a duration (or is empty: `P`, `PT`). */
export function isoDurationMinutes(value: string | null | undefined): number | null {
  if (!value) return null;
  const text = value.trim().toUpperCase();
  const match = DURATION.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return null;
  const [days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number];
  return days * 1440 + hours * 60 + minutes + Math.round(seconds / 60);
}

/** 90 → `PT1H30M`, 240 → `PT4H`, 30 → `PT30M` (days are written as hours: `PT48H`); 0 → `PT0M`. */
export function minutesToIsoDuration(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return `PT${minutes}M`;
  return minutes === 0 ? `PT${hours}H` : `PT${hours}H${minutes}M`;
}

/** Minutes as whole days, hours and minutes (for words). */
export function splitMinutes(total: number): { days: number; hours: number; minutes: number } {
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}
