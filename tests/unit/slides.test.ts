// The presentation's slides, built from the flow's data.
import { describe, expect, it } from 'vitest';
import { localize } from '../../src/lib/flow/localize';
import { slides } from '../../src/lib/flow/slides';
import { loadFlow } from './flow-helpers';
import type { LocalFlow } from '../../src/lib/types';

const local = (id: string, locale: 'nb' | 'nn' = 'nb') => localize(loadFlow(id), locale) as LocalFlow;

describe('slides', () => {
	it('tells alternative steps that read the same apart by where they are reached from (ved-bekymring 3a, 3B)', () => {
		const flow = local('ved-bekymring', 'nn');
		const of = (id: string) => slides(flow).find((s) => s.kind === 'step' && s.step.id === id)!;
		const [a, b] = [of('3a'), of('3b')];
		if (a.kind !== 'step' || b.kind !== 'step') throw new Error('not step slides');
		expect(a.step.title).toBe(b.step.title); // the seed gives both the same words
		expect(a.arrivals.map((x) => [x.from.id, x.option])).toEqual([['2a-utviklinga', 'Nei']]);
		expect(b.arrivals.map((x) => [x.from.id, x.option])).toEqual([['2b-har-samarbeidet-hjelpt', 'Nei']]);
	});
});
