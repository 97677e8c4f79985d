// The presentation's slides, built from the flow's data: nothing a trainer has to say is left out, and
// a long page is split over slides without losing a line.
import { describe, expect, it } from 'vitest';
import { localize } from '../../src/lib/flow/localize';
import { firstSlide, slides, type NodeSlide, type Slide } from '../../src/lib/flow/slides';
import { lookup, type Strings } from '../../src/lib/i18n';
import nb from '../../src/lib/i18n/nb.json';
import nbPages from '../../src/lib/i18n/nb.pages.json';
import nn from '../../src/lib/i18n/nn.json';
import nnPages from '../../src/lib/i18n/nn.pages.json';
import { LOCALES, type Locale } from '../../src/lib/locales';
import { placedTitle } from '../../src/lib/flow/text';
import { loadFlow } from './flow-helpers';
import { readdirSync } from 'node:fs';
import type { LocalFlow } from '../../src/lib/types';

const t = { nb: lookup({ ...nb, ...nbPages } as Strings), nn: lookup({ ...nn, ...nnPages } as Strings) };
const ids = readdirSync('flows')
	.filter((f) => f.endsWith('.json') && f !== 'flow.schema.json')
	.map((f) => f.replace(/\.json$/, ''));
const local = (id: string, locale: Locale = 'nb') => localize(loadFlow(id), locale) as LocalFlow;
const deck = (id: string, locale: Locale = 'nb') => slides(local(id, locale), t[locale], locale);
const nodeSlides = (list: Slide[]) => list.filter((s): s is NodeSlide => s.kind === 'node');
/** What a slide shows (not its speaker notes). */
const shown = (s: NodeSlide) =>
	[s.heading, ...s.arrivals, ...s.todo, ...s.warnings, ...s.reminders, ...s.answers.flatMap((a) => [a.label, a.to]), ...s.deadlines.flatMap((d) => [d.when, d.rule, d.meaning]), ...s.tools.map((x) => x.name), ...s.contacts.flatMap((c) => [c.name, c.phone])].join('\n');

describe('slides of every model', () => {
	for (const id of ids)
		for (const locale of LOCALES)
			it(`${id} (${locale}): a title, each level, then every page of the flow with all its points, in order`, () => {
				const flow = local(id, locale);
				const list = deck(id, locale);
				expect(list[0].kind).toBe('title');
				expect(list.filter((s) => s.kind === 'level')).toHaveLength(flow.levels.length > 1 ? flow.levels.length : 0);
				// Each level's diagram follows the level's own slide (or the title, in a model of one level).
				expect(list.filter((s) => s.kind === 'diagram').map((s) => s.kind === 'diagram' && s.level.id)).toEqual(flow.levels.map((l) => l.id));
				for (const [i, s] of list.entries()) if (s.kind === 'diagram') expect(list[i - 1].kind).toBe(flow.levels.length > 1 ? 'level' : 'title');
				for (const node of flow.nodes) {
					const parts = nodeSlides(list).filter((s) => s.node.id === node.id);
					expect(parts.length, node.id).toBeGreaterThan(0);
					expect(parts.map((p) => p.part)).toEqual(parts.map((_, i) => ({ index: i + 1, count: parts.length })));
					// Split or not, every point is on exactly one slide, in the seed's order.
					expect(parts.flatMap((p) => p.todo)).toEqual(node.todo ?? []);
					expect(parts.flatMap((p) => p.reminders)).toEqual(node.notes ?? []);
					expect(parts.flatMap((p) => p.warnings)).toEqual(node.warnings ?? []);
					expect(parts.flatMap((p) => p.deadlines.map((d) => d.id))).toEqual(node.deadlines ?? []);
					expect(parts.flatMap((p) => p.tools.map((x) => x.name))).toEqual((node.tools ?? []).map((tool) => flow.tools.find((x) => x.id === tool)!.name));
					expect(parts.flatMap((p) => p.contacts.map((c) => c.name))).toEqual((node.contacts ?? []).map((c) => flow.contacts.find((x) => x.id === c.id)!.name));
					// A decision's answers stay together on its last slide, each saying where it leads.
					if (node.kind === 'question') {
						expect(parts.at(-1)!.answers.map((a) => a.next)).toEqual(node.options.map((o) => o.next));
						for (const a of parts.at(-1)!.answers) expect(a.to).toBe(placedTitle(flow, flow.nodes.find((n) => n.id === a.next)!));
					}
				}
				// Each step's menu entry opens a slide of that step.
				for (const level of flow.levels)
					for (const step of level.steps) expect((list[firstSlide(list, { step: step.id })] as NodeSlide).step?.id).toBe(step.id);
			});
});

describe('what a trainer has to say, from the flow data', () => {
	it('Kongsvinger: "2 uker", Stafettlogg and the consent reminder', () => {
		const text = nodeSlides(deck('kongsvinger')).map(shown).join('\n');
		expect(text).toContain('2 uker');
		expect(text).toContain('Stafettlogg');
		expect(text).toMatch(/Husk da å få et samtykke/);
	});

	it('Fauske reaches TIMS-teamet', () => {
		const list = nodeSlides(deck('fauske-tims'));
		expect(list.some((s) => s.contacts.some((c) => c.name === 'TIMS-teamet'))).toBe(true);
		const notes = list.flatMap((s) => s.notes).map((n) => `${n.about}: ${n.text}`);
		expect(notes.some((n) => n.startsWith('TIMS-teamet: Et lavterskeltilbud'))).toBe(true);
	});

	it('Heim: §9a and 4 uker, with what the deadlines mean', () => {
		const step3 = nodeSlides(deck('heim')).find((s) => s.node.id === 'steg-3')!;
		expect(step3.deadlines.map((d) => [d.when, d.rule, d.meaning])).toEqual([
			['Gjelder dette en elev sitt fysiske og psykiske skolemiljø (§9a-sak)', 'Senest innen 1 uke', '1 uke, regnet fra dagen bekymringen oppsto'],
			['Ellers (saker som ikke er §9a-saker)', 'Innen 4 uker etter bekymringen har oppstått', '4 uker, regnet fra dagen bekymringen oppsto']
		]);
		const nnStep3 = nodeSlides(deck('heim', 'nn')).find((s) => s.node.id === 'steg-3')!;
		expect(nnStep3.deadlines[1].meaning).toBe('4 veker, rekna frå dagen bekymringa oppstod');
	});

	it('ved-bekymring 4B says meldeplikt; the service\'s notes go to the speaker notes, dated', () => {
		const list = nodeSlides(deck('ved-bekymring', 'nn'));
		expect(list.find((s) => s.node.id === '4b-bekymringsmelding')!.reminders.join(' ')).toContain('meldeplikt');
		const notes = list.flatMap((s) => s.notes);
		expect(notes.some((n) => n.about?.startsWith('Merknad frå vegvisaren (Kontrollert 26. november 2026)'))).toBe(true);
	});

	it('tells alternative steps that read the same apart by where they are reached from (ved-bekymring 3a, 3B)', () => {
		const list = nodeSlides(deck('ved-bekymring', 'nn'));
		const a = list.find((s) => s.node.id === '3a-ikkje-betre')!;
		const b = list.find((s) => s.node.id === '3b-ikkje-betre')!;
		expect(a.heading).toBe(b.heading); // the seed gives both the same words
		expect(a.arrivals).toEqual(['Hit frå 2 · 2a: Fortset den positive utviklinga?, svaret «Nei»']);
		expect(b.arrivals[0]).toMatch(/^Hit frå 2 · 2B: .*, svaret «Nei»$/);
	});

	it('splits a long page over slides: handlingsforløp nivå 1 trinn 1', () => {
		const parts = nodeSlides(deck('handlingsforlop')).filter((s) => s.node.id === 'niva-1-trinn-1');
		expect(parts.length).toBeGreaterThan(1);
		expect(parts[0].notes.length).toBeGreaterThan(0);
		expect(parts.slice(1).every((p) => p.notes.length === 0)).toBe(true);
	});

	it('the title slide\'s notes carry the dated note about the source page', () => {
		const [title] = deck('kongsvinger');
		expect(title.notes.map((n) => n.text)).toEqual(['Kommunens side er merket som en testside («TEST»).', 'Kommunens side ble lest 25. november 2026.']);
	});
});
