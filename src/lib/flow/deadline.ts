// Deadline arithmetic on calendar days. Dates are "YYYY-MM-DD" strings and computed in UTC,
// so summer time and time zones never shift a day.
import type { Deadline, Locale } from './schema';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A valid calendar date "YYYY-MM-DD", or undefined. */
export function parseDate(text: string): Date | undefined {
	const m = ISO_DATE.exec(text);
	if (!m) return undefined;
	const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return date.toISOString().slice(0, 10) === text ? date : undefined;
}

export function addDays(date: string, days: number): string {
	const start = parseDate(date);
	if (!start) throw new RangeError(`Not a date: ${date}`);
	return new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Today's date where the user is, as "YYYY-MM-DD". */
export function localToday(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The due date of a deadline, or undefined for "snarest" (as soon as possible). */
export function dueDate(deadline: Pick<Deadline, 'period' | 'from'>, dates: { worry: string; today: string }): string | undefined {
	const { period } = deadline;
	if (period === 'asap') return undefined;
	const days = 'weeks' in period ? period.weeks * 7 : period.days;
	return addDays(dates[deadline.from], days);
}

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const WEEKDAYS: Record<Locale, string[]> = {
	nb: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
	nn: ['søndag', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag']
};

/**
 * "fredag 4. desember 2026" in bokmål, "måndag 4. januar 2027" in nynorsk (without `weekday`, "4. januar 2027"):
 * Intl where the runtime knows the locale (some browsers lack nn-NO and would answer in English), the same words otherwise.
 */
export function formatDate(date: string, locale: Locale, weekday = true): string {
	const parsed = parseDate(date);
	if (!parsed) return date;
	const tag = `${locale}-NO`;
	if (Intl.DateTimeFormat.supportedLocalesOf(tag).length)
		return new Intl.DateTimeFormat(tag, { ...(weekday ? { weekday: 'long' } : {}), day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(parsed);
	const day = `${parsed.getUTCDate()}. ${MONTHS[parsed.getUTCMonth()]} ${parsed.getUTCFullYear()}`;
	return weekday ? `${WEEKDAYS[locale][parsed.getUTCDay()]} ${day}` : day;
}
