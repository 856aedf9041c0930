/**
 * Whether two front matter values of a key that must agree do agree. Times are compared by
 * their calendar day: translations are published minutes or hours apart on the same day
 * (`2023-04-05T10:02:00-04:00` and `2023-04-05T10:07:00-04:00`), and what a reader sees is
 * the date; another day is a real difference.
 */
export function sameFrontMatterValue(a: unknown, b: unknown): boolean {
  const da = calendarDays(a);
  const db = calendarDays(b);
  if (da.length || db.length) return da.some((d) => db.includes(d));
  if (String(a) === String(b)) return true;
  return typeof a === 'string' && typeof b === 'string' && languageNeutral(a) === languageNeutral(b);
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** A date or timestamp written as its day (`YYYY-MM-DD`, the day as written, in its own time zone); undefined for anything else. */
export function calendarDay(value: unknown): string | undefined {
  // A YAML 1.1 or TOML date arrives as a Date at midnight UTC of its day, or at its instant.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const epoch = epochMilliseconds(value);
  if (epoch !== undefined) return new Date(epoch).toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  return TIMESTAMP.exec(value.trim())?.[1];
}

/**
 * The days a date or timestamp can be read as: the day as written and, for a time with its
 * offset, the day in UTC, so one instant written in two time zones (`2023-04-05T23:30:00-04:00`,
 * `2023-04-06T03:30:00Z`) is one day.
 */
function calendarDays(value: unknown): string[] {
  const day = calendarDay(value);
  if (day === undefined) return [];
  if (typeof value !== 'string' || !/(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())) return [day];
  const instant = new Date(value.trim().replace(' ', 'T').replace(/\s+(?=[+-]\d)/, '').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(instant.getTime()) ? [day] : [day, instant.toISOString().slice(0, 10)];
}

/**
 * A CMS's processing time in Unix milliseconds (`processed: 1583432511600`) or seconds, from
 * 2001 to 2096: written when each language was saved, so it differs by seconds or hours.
 */
function epochMilliseconds(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{10}(\d{3})?$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n)) return undefined;
  if (n >= 1e12 && n < 4e12) return n;
  if (n >= 1e9 && n < 4e9) return n * 1000;
  return undefined;
}

/** A value that is a date or timestamp. */
export function isTimestamp(value: unknown): boolean {
  return calendarDay(value) !== undefined;
}

/** A value with its language markers as whole tokens set aside: `layouts/en/page.njk` and `layouts/fr/page.njk` are one layout. */
function languageNeutral(value: string): string {
  return value.toLowerCase().replace(/(^|[^a-z])(en|fr|eng|fra|english|french|francais|français)(?=$|[^a-z])/g, '$1\u0000');
}
