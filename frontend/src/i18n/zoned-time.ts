/**
 * A `datetime-local` input shows wall-clock time without a zone; the console means the service's time zone (as it
 * shows dates), not the browser's. These turn such a value into an ISO-8601 date-time with that zone's offset, and
 * an instant back into the input's value.
 */

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The wall clock of `timeZone` (or the browser's) at an instant, as the parts of a date. */
function wallClock(instant: number, timeZone?: string) {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    // a zone this browser does not know: its own, as formatDateTime does
    return wallClock(instant);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The zone's offset from UTC at an instant, in minutes (Seoul: 540). */
function offsetMinutes(instant: number, timeZone?: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * `2026-12-03T10:00` typed for a service in `Asia/Seoul` → `2026-12-03T10:00:00+09:00`; null when the value is no
 * date and time. A wall time that a clock change skips takes the offset after the change.
 */
export function zonedInputToIso(value: string, timeZone?: string): string | null {
  const match = WALL_TIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number, number, number, number, number, number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // the offset at the wall time read as UTC is close; the offset at the instant it gives is right
  const first = offsetMinutes(wall, timeZone);
  const offset = offsetMinutes(wall - first * 60_000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${two(second)}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** An instant as a `datetime-local` value in `timeZone` (or the browser's): `2026-12-03T10:00`; '' when unparsable. */
export function isoToZonedInput(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '';
  const instant = new Date(iso).getTime();
  if (Number.isNaN(instant)) return '';
  const w = wallClock(instant, timeZone);
  return `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}`;
}
