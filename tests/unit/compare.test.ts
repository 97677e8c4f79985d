// Comparing models by topic: each model's own words on deadlines, coordination, documentation, consent,
// outcomes and contacts, linked to the page that says them, for any number of models.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareTopics, topicsOf, TOPICS, type ModelTopics } from '../../src/lib/flow/compare';
import { findNode } from '../../src/lib/flow/engine';
import { localize } from '../../src/lib/flow/localize';
import { lookup, type Strings } from '../../src/lib/i18n';
import nb from '../../src/lib/i18n/nb.json';
import nbPages from '../../src/lib/i18n/nb.pages.json';
import nn from '../../src/lib/i18n/nn.json';
import nnPages from '../../src/lib/i18n/nn.pages.json';
import { LOCALES, type Locale } from '../../src/lib/locales';
import { loadFlow } from './flow-helpers';
import type { LocalFlow } from '../../src/lib/types';

const t = { nb: lookup({ ...nb, ...nbPages } as Strings), nn: lookup({ ...nn, ...nnPages } as Strings) };
const ids = readdirSync('flows')
	.filter((f) => f.endsWith('.json') && f !== 'flow.schema.json')
	.map((f) => f.replace(/\.json$/, ''));
const local = (id: string, locale: Locale = 'nb') => localize(loadFlow(id), locale) as LocalFlow;
const topics = (id: string, locale: Locale = 'nb') => topicsOf(local(id, locale), t[locale]);
const texts = (m: ModelTopics, topic: (typeof TOPICS)[number]) => m.topics[topic].map((i) => i.text);

describe('topicsOf, for every model', () => {
	for (const id of ids)
		for (const locale of LOCALES)
			it(`${id} (${locale}): every point links to a page of the model that exists, and is the model's own words`, () => {
				const flow = local(id, locale);
				const m = topicsOf(flow, t[locale]);
				expect(m.topics.levels).toHaveLength(flow.levels.length);
				expect(m.topics.deadlines).toHaveLength(flow.deadlines.length);
				expect(m.topics.contacts.map((c) => c.text)).toEqual(flow.contacts.map((c) => c.name));
				expect(m.topics.outcomes).toHaveLength(flow.nodes.filter((n) => n.kind === 'outcome').length);
				const all = [...TOPICS.flatMap((topic) => m.topics[topic]), ...Object.values(m.phases).flat()];
				for (const item of all) if (item.node) expect(findNode(flow, item.node), item.text).toBeDefined();
				const words = JSON.stringify(flow);
				for (const topic of ['coordination', 'documentation', 'consent'] as const)
					for (const item of m.topics[topic]) expect(words, `${topic}: ${item.text}`).toContain(JSON.stringify(item.text).slice(1, -1));
			});
});

describe('Heim and Kongsvinger side by side', () => {
	const rows = compareTopics([topics('heim'), topics('kongsvinger')]);
	const row = (topic: string) => rows.find((r) => r.topic === topic)!;

	it('shows both models\' deadlines: 1 uke and 4 uker, 2 uker', () => {
		const [heim, kongsvinger] = row('deadlines').cells;
		expect(heim.map((d) => d.detail)).toEqual(['1 uke, regnet fra dagen bekymringen oppsto', '4 uker, regnet fra dagen bekymringen oppsto']);
		expect(heim[0].text).toContain('§9a');
		expect(heim.every((d) => d.node === 'steg-3')).toBe(true);
		expect(kongsvinger.map((d) => d.detail?.split(',')[0])).toEqual(['2 uker', '2 uker', '2 uker', '2 uker']);
	});

	it('shows their documentation tools side by side: Stafettlogg for Kongsvinger, nothing made up for Heim', () => {
		const [heim, kongsvinger] = row('documentation').cells;
		expect(kongsvinger.map((i) => i.text)).toContain('Stafettlogg');
		expect(kongsvinger.find((i) => i.text === 'Stafettlogg')!.node).toBe('niva-0-trinn-5');
		expect(heim).toEqual([]);
	});

	it('shows who coordinates and where consent comes up in each', () => {
		const [heim, kongsvinger] = row('coordination').cells;
		expect(heim.map((i) => i.text)).toEqual(['Avgjør hvem som skal være ansvarlig for det videre arbeidet (koordinator).']);
		expect(kongsvinger.some((i) => /Stafettholder/.test(i.text))).toBe(true);
		const nnRows = compareTopics([topics('heim', 'nn'), topics('kongsvinger', 'nn')]);
		expect(nnRows.find((r) => r.topic === 'coordination')!.cells[1].filter((i) => /Stafetthaldar/i.test(i.text)).length).toBe(
			kongsvinger.filter((i) => /Stafettholder/i.test(i.text)).length
		);
		const [heimConsent, kongsvingerConsent] = row('consent').cells;
		expect(heimConsent.map((i) => i.text)).toContain('Husk samtykke for deling av opplysninger.');
		expect(kongsvingerConsent.map((i) => i.text)).toContain('Samtykke til Stafettlogg');
	});

	it('lines steps up by phase, and names the outcomes with their level', () => {
		const parents = rows.find((r) => r.phase === 'parents')!.cells;
		expect(parents.map((c) => c.map((i) => i.text))).toEqual([['Steg 3: Del bekymringen med foresatte/barnet/ungdommen'], ['Trinn 4: Del undringen med foresatte/barnet']]);
		expect(rows.find((r) => r.phase === 'close')!.cells[1]).toEqual([]);
		const outcomes = row('outcomes').cells[1].map((i) => i.text);
		expect(new Set(outcomes).size).toBe(outcomes.length);
	});
});

describe('compareTopics', () => {
	it('takes any number of models, with a row per topic and per phase any of them names', () => {
		const models = ids.map((id) => topics(id));
		const rows = compareTopics(models);
		expect(rows.every((r) => r.cells.length === ids.length)).toBe(true);
		expect(rows.filter((r) => r.topic !== 'phase').map((r) => r.topic)).toEqual([...TOPICS]);
		expect(rows[0].topic).toBe('levels');
		expect(compareTopics([topics('ved-bekymring')]).filter((r) => r.topic === 'phase').map((r) => r.phase)).toEqual(['parents']);
	});
});
