// What pages get of a flow: the start page's index, a model's outline and its step pages.
import { describe, expect, it } from 'vitest';
import { position, stepEntry } from '$lib/flow/engine';
import { localize } from '$lib/flow/localize';
import { stepPosition } from '$lib/flow/text';
import { graphOf, isUnfinished, modelIndex, nodePage, outline, stepPages } from '$lib/flow/views';
import { lookup, type Strings } from '$lib/i18n';
import nbStrings from '$lib/i18n/nb.json';
import nnStrings from '$lib/i18n/nn.json';
import { loadFlows } from './flow-helpers';

const flows = loadFlows();
const strings = { nb: lookup(nbStrings as Strings), nn: lookup(nnStrings as Strings) };

describe('modelIndex', () => {
	const models = [
		{ id: 'os', title: 'BTI', municipality: 'Os kommune' },
		{ id: 'aal', title: 'Handlingsveileder', municipality: 'Ål kommune' },
		{ id: 'oslo-skole', title: 'Skole', municipality: 'Oslo kommune' },
		{ id: 'oslo-bhg', title: 'Barnehage', municipality: 'Oslo kommune' },
		{ id: 'ukjent', title: 'Uten kommune', municipality: null },
		{ id: 'bo', title: 'TIMS', municipality: 'Bø kommune' }
	];
	const index = modelIndex(models, 'nb');

	it('groups municipalities by first letter, in Norwegian order (Å last)', () => {
		expect(index.letters.map((l) => l.letter)).toEqual(['B', 'O', 'Å']);
		expect(index.letters[1].municipalities.map((m) => m.name)).toEqual(['Os kommune', 'Oslo kommune']);
	});
	it('lists a municipality once, with each of its models', () => {
		expect(index.letters[1].municipalities[1].models).toEqual([
			{ id: 'oslo-bhg', title: 'Barnehage' },
			{ id: 'oslo-skole', title: 'Skole' }
		]);
	});
	it('keeps models without a municipality apart', () => {
		expect(index.unnamed).toEqual([{ id: 'ukjent', title: 'Uten kommune' }]);
		expect(index.letters.flatMap((l) => l.municipalities.flatMap((m) => m.models)).length + index.unnamed.length).toBe(models.length);
	});
});

describe.each(flows.map((f) => [f.id, f] as const))('%s', (_, flow) => {
	for (const lang of ['nb', 'nn'] as const) {
		const local = localize(flow, lang);
		it(`stepPages has every node's page (${lang})`, () => {
			const pages = stepPages(local, lang);
			expect(Object.keys(pages).sort()).toEqual(flow.nodes.map((n) => n.id).sort());
			for (const node of flow.nodes) expect(pages[node.id]).toEqual(nodePage(local, node.id, lang));
		});
		it(`the graph says where each node is just as the whole flow does (${lang})`, () => {
			// Pages show the position line from the graph (graph.json), not from the whole flow.
			const graph = graphOf(local);
			for (const node of local.nodes) {
				const fromFlow = position(local, node);
				const fromGraph = position(graph, graph.nodes.find((n) => n.id === node.id)!);
				expect(fromGraph && stepPosition(strings[lang], fromGraph), node.id).toBe(fromFlow && stepPosition(strings[lang], fromFlow));
			}
		});
		it(`outline links each step to where it starts (${lang})`, () => {
			const model = outline(local);
			expect(model.levels.map((l) => l.steps.length)).toEqual(flow.levels.map((l) => l.steps.length));
			for (const level of model.levels) for (const step of level.steps) expect(step.entry).toBe(stepEntry(local, step.id)!.id);
		});
		it(`outline marks the steps the seed leaves unfinished (${lang})`, () => {
			const steps = outline(local).levels.flatMap((l) => l.steps);
			for (const step of steps) expect(step.unfinished ?? false).toBe(isUnfinished(local, step.id));
		});
	}
});
