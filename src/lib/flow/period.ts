// What a deadline means in plain words, for trainers' slides and the comparison: "4 uker, regnet fra dagen
// bekymringen oppsto". The wizard shows dates instead (deadline.ts); this stays out of its pages.
import type { Translate } from '$lib/i18n';
import type { LocalDeadline } from '$lib/types';

/** "1 uke", "4 uker", "10 dager", "snarest". */
export function periodText(t: Translate, period: LocalDeadline['period']): string {
	if (period === 'asap') return t('period.asap');
	if ('weeks' in period) return t(period.weeks === 1 ? 'period.week' : 'period.weeks', { count: period.weeks });
	return t(period.days === 1 ? 'period.day' : 'period.days', { count: period.days });
}

/** The rule's period and what it counts from: "4 uker, regnet fra dagen bekymringen oppsto". */
export function deadlineMeaning(t: Translate, deadline: Pick<LocalDeadline, 'period' | 'from'>, term: string): string {
	if (deadline.period === 'asap') return t('period.asapMeaning');
	return t(deadline.from === 'worry' ? 'period.fromWorry' : 'period.fromToday', { period: periodText(t, deadline.period), term });
}
