// The studio's pure parts: problems in plain bokmål and nynorsk with their place, the edits that keep references
// in step, the document's history and storage, and its strings in both languages.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { checkFlow, checkFlowBytes } from '../../src/lib/flow/validate';
import { formatFlow } from '../../src/lib/flow/format';
import type { Flow } from '../../src/lib/flow/schema';
import { templateFlow } from '../../src/lib/flow/template';
import { editable, readStored, STORAGE_KEY, StudioDocument } from '../../src/lib/studio/document.svelte';
import { addNode, addStep, removeFromTable, renameId, resolves, uniqueId } from '../../src/lib/studio/ops';
import { fieldId, pathParts, placeText, problemText, studioProblems } from '../../src/lib/studio/problems';
import nb from '../../src/lib/i18n/studio/nb.json';
import nn from '../../src/lib/i18n/studio/nn.json';

const load = (id: string): Flow => JSON.parse(readFileSync(`flows/${id}.json`, 'utf8'));
const flowIds = readdirSync('flows').filter((n) => n.endsWith('.json') && n !== 'flow.schema.json').map((n) => n.replace(/\.json$/, ''));

/** Every message the checker gives for the broken fixtures, for a published template, and for a few edits. */
function messages(): string[] {
	const out = new Set<string>();
	for (const name of readdirSync('tests/fixtures/broken')) {
		const result = checkFlowBytes(readFileSync(`tests/fixtures/broken/${name}`), name.replace(/\.json$/, ''));
		if (!result.ok) result.problems.forEach((p) => out.add(p.message));
	}
	const template = templateFlow('ny', '2026-11-26');
	const add = (data: unknown) => {
		const result = checkFlow(data, 'ny');
		if (!result.ok) result.problems.forEach((p) => out.add(p.message));
	};
	add({ ...template, status: 'published' });
	const emptyNext = structuredClone(template);
	addStep(emptyNext, 0);
	add(emptyNext);
	add({ ...template, levels: [{ ...template.levels[0], steps: [] }] });
	return [...out];
}

describe('problems in plain words', () => {
	it('has bokmål and nynorsk for every message the checker gives on the broken fixtures and unfinished models', () => {
		const untranslated = messages().filter((m) => !problemText(m, 'nb').translated || !problemText(m, 'nn').translated);
		expect(untranslated).toEqual([]);
	});

	it('says where: the page, the answer and the field, by name', () => {
		const flow = load('kongsvinger');
		const question = flow.nodes.findIndex((n) => n.kind === 'question');
		const name = flow.nodes[question].kind === 'question' ? (flow.nodes[question] as { question: { nb: string } }).question.nb : '';
		expect(placeText(flow, `$.nodes[${question}].options[1].next`, 'nb')).toBe(`Siden «${name}», svar 2, fører til`);
		expect(placeText(flow, '$.levels[0].steps[2].title.nn', 'nn')).toBe(`Nivået «${flow.levels[0].title.nb}», steget «${flow.levels[0].steps[2].title.nb}», tittel, nynorsk`);
		expect(placeText(flow, '$.source.url', 'nb')).toBe('Kilde, adresse');
		expect(placeText(flow, '$', 'nb')).toBe('Modellen');
	});

	it('asks for a choice where one is missing, and keeps an unknown message in English rather than hide it', () => {
		const flow = templateFlow('ny', '2026-11-26');
		const { node } = addStep(flow, 0);
		const result = checkFlow(flow, 'ny');
		const [problem] = studioProblems(flow, result.ok ? [] : result.problems.filter((p) => p.path === `$.nodes[${node}].next`), 'nb');
		expect(problem.text).toBe('Velg hvilken side det fører til.');
		expect(problemText('Something new went wrong.', 'nn')).toEqual({ text: 'Something new went wrong.', translated: false });
	});

	it('finds the form field of a JSON path', () => {
		expect(pathParts('$.nodes[3].options[1]["next"]')).toEqual(['nodes', 3, 'options', 1, 'next']);
		expect(fieldId('$.nodes[3].title.nb')).toBe('f-nodes-3-title-nb');
		expect(fieldId(['source', 'url'])).toBe('f-source-url');
	});
});

describe('edits', () => {
	it('renames a node, a step and a table entry together with every reference to them', () => {
		const flow = load('heim');
		const start = flow.start;
		const pointing = flow.nodes.filter((n) => (n.kind === 'step' && n.next === start) || (n.kind === 'question' && n.options.some((o) => o.next === start))).length;
		expect(renameId(flow, 'node', start, 'begynn')).toBe(true);
		expect(flow.start).toBe('begynn');
		expect(flow.nodes.filter((n) => (n.kind === 'step' && n.next === 'begynn') || (n.kind === 'question' && n.options.some((o) => o.next === 'begynn')))).toHaveLength(pointing);
		const step = flow.levels[0].steps[1].id;
		const onStep = flow.nodes.filter((n) => n.step === step).length;
		expect(renameId(flow, 'step', step, 'steg-to')).toBe(true);
		expect(flow.nodes.filter((n) => n.step === 'steg-to')).toHaveLength(onStep);
		const contact = flow.contacts[0].id;
		expect(renameId(flow, 'contacts', contact, 'kontakt-a')).toBe(true);
		expect(flow.nodes.some((n) => n.contacts?.some((c) => c.id === contact))).toBe(false);
		expect(checkFlow(flow, 'heim').ok).toBe(true);
		expect(renameId(flow, 'node', 'begynn', flow.nodes[1].id)).toBe(false);
	});

	it('removes a table entry and the pages\' references to it', () => {
		const flow = load('kongsvinger');
		const tool = flow.tools[0].id;
		removeFromTable(flow, 'tools', 0);
		expect(flow.nodes.some((n) => n.tools?.includes(tool))).toBe(false);
		expect(flow.nodes.every((n) => n.tools === undefined || n.tools.length > 0)).toBe(true);
	});

	it('adds a step with a page of its own before the outcomes, and unique ids', () => {
		const flow = templateFlow('ny', '2026-11-26');
		const { step, node } = addStep(flow, 0);
		expect(step).toBe('trinn-3');
		expect(flow.nodes[node]).toMatchObject({ kind: 'step', id: 'trinn-3', step: 'trinn-3', next: '' });
		expect(flow.nodes.slice(node + 1).every((n) => n.kind === 'outcome')).toBe(true);
		expect(resolves(flow)).toBe(false);
		expect(flow.nodes[addNode(flow, 'outcome')].id).toBe('side-6');
		expect(uniqueId(['a', 'a-2'], 'a')).toBe('a-3');
	});
});

describe('the document', () => {
	class Memory implements Storage {
		data = new Map<string, string>();
		get length() {
			return this.data.size;
		}
		clear = () => this.data.clear();
		getItem = (k: string) => this.data.get(k) ?? null;
		key = (i: number) => [...this.data.keys()][i] ?? null;
		removeItem = (k: string) => void this.data.delete(k);
		setItem = (k: string, v: string) => void this.data.set(k, v);
	}

	it('keeps a history to undo and redo, stores each change, and forgets on request', () => {
		const storage = new Memory();
		const doc = new StudioDocument(templateFlow('ny', '2026-11-26'), storage);
		expect(doc.commit()).toBe(false);
		expect(storage.length).toBe(0);
		doc.flow.title.nb = 'Første';
		doc.commit();
		doc.flow.title.nb = 'Andre';
		expect(doc.text).toBe(formatFlow(doc.flow));
		expect(storage.getItem(STORAGE_KEY)).toBe(doc.text);
		doc.undo();
		expect(doc.flow.title.nb).toBe('Første');
		doc.undo();
		expect(doc.flow.title.nb).toMatch(/^\[Fyll inn/);
		expect(doc.canUndo).toBe(false);
		doc.redo();
		doc.redo();
		expect(doc.flow.title.nb).toBe('Andre');
		expect(readStored(storage)).toEqual({ ok: true, flow: JSON.parse(doc.text) });
		doc.forget(templateFlow('ny', '2026-11-26'));
		expect(storage.length).toBe(0);
		expect(doc.canUndo || doc.canRedo).toBe(false);
	});

	it('throws away a stored draft it cannot show, and opens only what its forms can show', () => {
		const storage = new Memory();
		expect(readStored(storage)).toEqual({ ok: false, reason: 'none' });
		for (const bad of ['{', '[]', '{"id": 1}', JSON.stringify({ ...templateFlow('x', '2026-11-26'), nodes: [{ kind: 'box' }] })]) {
			storage.setItem(STORAGE_KEY, bad);
			expect(readStored(storage), bad).toEqual({ ok: false, reason: 'corrupt' });
		}
		for (const id of flowIds) expect(editable(load(id)), id).toBe(true);
	});
});

describe('the studio\'s strings', () => {
	const keys = (value: unknown, prefix = ''): string[] =>
		typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix.slice(0, -1)];

	it('exist in bokmål and nynorsk alike, none empty', () => {
		expect(keys(nn).sort()).toEqual(keys(nb).sort());
		for (const strings of [nb, nn]) expect(JSON.stringify(strings)).not.toMatch(/"\s*"/);
	});
});
