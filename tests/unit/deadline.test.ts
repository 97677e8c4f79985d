// Deadline arithmetic on calendar days, and the dates as the pages show them in bokmål and nynorsk.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { addDays, dueDate, formatDate, localToday, parseDate } from '../../src/lib/flow/deadline';
import type { Deadline } from '../../src/lib/flow/schema';

// Run in Norwegian time, where summer time starts 2026-03-29 and ends 2026-10-25, so a
// computation that used local midnight instead of UTC would be off by a day here.
const savedTz = process.env.TZ;
beforeAll(() => {
	process.env.TZ = 'Europe/Oslo';
});
afterAll(() => {
	if (savedTz === undefined) delete process.env.TZ;
	else process.env.TZ = savedTz;
});

const weekday = (date: string) => parseDate(date)!.getUTCDay();
const week = (from: Deadline['from'] = 'worry'): Pick<Deadline, 'period' | 'from'> => ({ period: { weeks: 1 }, from });

describe('parseDate', () => {
	it('reads a valid calendar date as midnight UTC', () => {
		expect(parseDate('2026-12-04')?.toISOString()).toBe('2026-12-04T00:00:00.000Z');
		expect(parseDate('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
	});

	it.each([
		'2026-02-30',
		'2025-02-29',
		'2100-02-29',
		'2026-04-31',
		'2026-13-01',
		'2026-00-10',
		'2026-01-00',
		'',
		'2026-1-5',
		'2026-01-5',
		'26-01-05',
		'20260105',
		' 2026-01-05',
		'2026-01-05 ',
		'2026-01-05T00:00',
		'2026/01/05',
		'05.01.2026',
		'i dag'
	])('rejects %j', (text) => {
		expect(parseDate(text)).toBeUndefined();
	});
});

describe('addDays', () => {
	it.each([
		['2026-01-31', 1, '2026-02-01'],
		['2026-02-28', 1, '2026-03-01'],
		['2028-02-28', 1, '2028-02-29'],
		['2028-02-29', 1, '2028-03-01'],
		['2026-04-30', 1, '2026-05-01'],
		['2026-12-31', 1, '2027-01-01'],
		['2027-01-01', -1, '2026-12-31'],
		['2026-03-01', -1, '2026-02-28'],
		['2026-01-05', 0, '2026-01-05'],
		['2026-01-01', 365, '2027-01-01'],
		['2028-01-01', 365, '2028-12-31']
	])('%s + %i days = %s', (date, days, expected) => {
		expect(addDays(date, days)).toBe(expected);
	});

	it('crosses the start and end of summer time in Norway without losing or gaining a day', () => {
		expect(new Date(2026, 2, 29, 12).getTimezoneOffset(), 'TZ is Europe/Oslo (summer time)').toBe(-120);
		expect(new Date(2026, 2, 28, 12).getTimezoneOffset(), 'TZ is Europe/Oslo (winter time)').toBe(-60);
		expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
		expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
		expect(addDays('2026-03-29', 7)).toBe('2026-04-05');
		expect(addDays('2026-10-24', 1)).toBe('2026-10-25');
		expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
		expect(addDays('2026-10-25', 7)).toBe('2026-11-01');
		expect(addDays('2026-04-05', -7)).toBe('2026-03-29');
		expect(addDays('2026-11-01', -7)).toBe('2026-10-25');
	});

	it('throws a RangeError for a date that is not one', () => {
		expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
		expect(() => addDays('', 1)).toThrow(RangeError);
	});
});

describe('dueDate', () => {
	const dates = { worry: '2026-11-20', today: '2026-11-27' };

	it('counts weeks from the day of the worry or from today, as the deadline says', () => {
		expect(dueDate(week('worry'), dates)).toBe('2026-11-27');
		expect(dueDate(week('today'), dates)).toBe('2026-12-04');
		expect(dueDate({ period: { weeks: 2 }, from: 'worry' }, dates)).toBe('2026-12-04');
	});

	it('counts days', () => {
		expect(dueDate({ period: { days: 3 }, from: 'today' }, dates)).toBe('2026-11-30');
		expect(dueDate({ period: { days: 14 }, from: 'worry' }, dates)).toBe('2026-12-04');
	});

	it('gives no date for "snarest" (asap)', () => {
		expect(dueDate({ period: 'asap', from: 'worry' }, dates)).toBeUndefined();
		expect(dueDate({ period: 'asap', from: 'today' }, dates)).toBeUndefined();
	});

	it('crosses the year end: 2026-12-28 + 1 week = 2027-01-04', () => {
		expect(dueDate(week(), { worry: '2026-12-28', today: '2026-12-30' })).toBe('2027-01-04');
	});

	it('crosses a leap day: 2028-02-26 + 1 week = 2028-03-04', () => {
		expect(dueDate(week(), { worry: '2028-02-26', today: '2028-02-26' })).toBe('2028-03-04');
		expect(dueDate(week(), { worry: '2026-02-26', today: '2026-02-26' })).toBe('2026-03-05');
	});

	it.each(['2026-03-29', '2026-10-25', '2026-03-28', '2026-10-24'])(
		'%s + 1 week lands on the same weekday across a summer-time change',
		(worry) => {
			const due = dueDate(week(), { worry, today: worry })!;
			expect(weekday(due)).toBe(weekday(worry));
			expect((parseDate(due)!.getTime() - parseDate(worry)!.getTime()) / 86_400_000).toBe(7);
		}
	);

	it('gives the exact dates across the summer-time changes of 2026', () => {
		expect(dueDate(week(), { worry: '2026-03-29', today: '2026-03-29' })).toBe('2026-04-05');
		expect(dueDate(week(), { worry: '2026-10-25', today: '2026-10-25' })).toBe('2026-11-01');
		expect(dueDate({ period: { weeks: 52 }, from: 'today' }, { worry: '2026-01-01', today: '2026-03-29' })).toBe('2027-03-28');
	});
});

describe('localToday', () => {
	it('is the date on the user’s clock, not in UTC', () => {
		// 23:30 UTC on 28 March is 00:30 on 29 March in Norway (UTC+1).
		expect(localToday(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
		// 22:30 UTC on 28 June is 00:30 on 29 June in Norway (summer time, UTC+2).
		expect(localToday(new Date('2026-06-28T22:30:00Z'))).toBe('2026-06-29');
		expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
		expect(localToday(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
	});
});

describe('formatDate', () => {
	it('writes bokmål: "fredag 4. desember 2026"', () => {
		expect(formatDate('2026-12-04', 'nb')).toBe('fredag 4. desember 2026');
		expect(formatDate('2026-11-30', 'nb')).toBe('mandag 30. november 2026');
		expect(formatDate('2026-12-01', 'nb')).toBe('tirsdag 1. desember 2026');
		expect(formatDate('2026-12-05', 'nb')).toBe('lørdag 5. desember 2026');
		expect(formatDate('2026-12-06', 'nb')).toBe('søndag 6. desember 2026');
	});

	it('writes nynorsk weekday names: måndag, tysdag, laurdag', () => {
		expect(formatDate('2026-12-04', 'nn')).toBe('fredag 4. desember 2026');
		expect(formatDate('2026-11-30', 'nn')).toBe('måndag 30. november 2026');
		expect(formatDate('2026-12-01', 'nn')).toBe('tysdag 1. desember 2026');
		expect(formatDate('2026-12-02', 'nn')).toBe('onsdag 2. desember 2026');
		expect(formatDate('2026-12-03', 'nn')).toBe('torsdag 3. desember 2026');
		expect(formatDate('2026-12-05', 'nn')).toBe('laurdag 5. desember 2026');
		// Nynorsk has both "sundag" and "søndag"; Node's ICU (CLDR) writes "søndag".
		expect(formatDate('2026-12-06', 'nn')).toMatch(/^(søndag|sundag) 6\. desember 2026$/);
	});

	it('is not shifted by the time zone on the days summer time changes', () => {
		expect(formatDate('2026-03-29', 'nb')).toBe('søndag 29. mars 2026');
		expect(formatDate('2026-10-25', 'nn')).toMatch(/^(søndag|sundag) 25\. oktober 2026$/);
		expect(formatDate('2027-01-04', 'nn')).toBe('måndag 4. januar 2027');
		expect(formatDate('2028-02-29', 'nb')).toBe('tirsdag 29. februar 2028');
	});

	it('gives back text that is not a date unchanged', () => {
		expect(formatDate('2026-02-30', 'nb')).toBe('2026-02-30');
		expect(formatDate('', 'nn')).toBe('');
	});
});
