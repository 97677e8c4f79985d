// What places and nodes are called: the position line, and titles in lists that mix levels.
import { describe, expect, it } from 'vitest';
import { position } from '../../src/lib/flow/engine';
import { localize } from '../../src/lib/flow/localize';
import { placedTitle, stepPosition } from '../../src/lib/flow/text';
import { lookup, type Strings } from '../../src/lib/i18n';
import nb from '../../src/lib/i18n/nb.json';
import nn from '../../src/lib/i18n/nn.json';
import { loadFlow } from './flow-helpers';
import type { LocalFlow } from '../../src/lib/types';

const t = { nb: lookup(nb as Strings), nn: lookup(nn as Strings) };
const local = (id: string, locale: 'nb' | 'nn' = 'nb') => localize(loadFlow(id), locale) as LocalFlow;
const at = (flow: LocalFlow, nodeId: string) => position(flow, flow.nodes.find((n) => n.id === nodeId)!)!;

describe('stepPosition', () => {
	it('names the level and the place: "Nivå 1 · Trinn 2 av 4"', () => {
		const flow = local('handlingsforlop');
		expect(stepPosition(t.nb, at(flow, 'niva-1-trinn-2'))).toBe('Nivå 1 · Trinn 2 av 4');
	});

	it('in a model with one level, needs no level: "Trinn 4 av 7"', () => {
		expect(stepPosition(t.nb, at(local('fauske-tims'), 'trinn-4'))).toBe('Trinn 4 av 7');
	});

	it('names a level without a label by its title when there are several levels', () => {
		const flow = local('handlingsforlop');
		const where = at(flow, 'niva-1-trinn-4');
		const unlabelled = { ...where, level: { ...where.level, label: undefined } };
		expect(stepPosition(t.nb, unlabelled)).toBe('Jobb sammen med familien i avdelingen eller tjenesten · Trinn 4 av 4');
	});

	it("uses the model's own word for a step: Heim's \"Steg 2\" is \"Steg 2 av 5\", not \"Trinn\"", () => {
		const where = at(local('heim'), 'steg-2');
		expect(stepPosition(t.nb, where)).toMatch(/(^| · )Steg 2 av 5$/);
		expect(stepPosition(t.nn, at(local('heim', 'nn'), 'steg-2'))).toMatch(/(^| · )Steg 2 av 5$/);
	});

	it('shows alternatives as alternatives, not as a sequence (ved-bekymring 2B after 2a)', () => {
		const flow = local('ved-bekymring', 'nn');
		expect(stepPosition(t.nn, at(flow, '2b-vidare-samarbeid'))).toBe('2 · 2B (alternativ til 2a)');
		expect(stepPosition(t.nn, at(flow, '2a-foresette-fungerer'))).toBe('2 · 2a (alternativ til 2B)');
		expect(stepPosition(t.nb, at(local('ved-bekymring'), '4b-bekymringsmelding'))).toBe('4 · 4B (alternativ til 4a)');
		// 1a then 1B are a sequence.
		expect(stepPosition(t.nn, at(flow, '1b-samarbeid'))).toBe('1 · Trinn 2 av 2');
	});
});

describe('placedTitle', () => {
	it('tells the two "Trinn 1" of Handlingsforløp apart by their level', () => {
		const flow = local('handlingsforlop');
		const title = (id: string) => placedTitle(flow, flow.nodes.find((n) => n.id === id)!);
		expect(title('niva-0-trinn-1')).toBe('Nivå 0 · Trinn 1: Definer uroen/bekymringen');
		expect(title('niva-1-trinn-1')).toBe('Nivå 1 · Trinn 1: Skap felles forståelse');
		expect(title('niva-2-trinn-4')).toBe('Nivå 2 · Trinn 4: Hva ble utfallet av evalueringen?');
	});

	it('needs no level in a model with one', () => {
		const flow = local('fauske-tims');
		expect(placedTitle(flow, flow.nodes.find((n) => n.id === 'trinn-3')!)).toBe('Trinn 3: Sikre dialog med barnets foreldre');
	});
});
