// The trainers' overview diagram: the layout of every real flow, in both languages and every shape.
import { describe, it, expect } from 'vitest';
import { LABEL_MAX, WRAP, layoutDiagram, shorten, wrapText, type Diagram, type Point, type Rect } from '../../src/lib/diagram/layout';
import { stepEntry } from '../../src/lib/flow/engine';
import { localize } from '../../src/lib/flow/localize';
import { LOCALES, type Flow } from '../../src/lib/flow/schema';
import type { LocalFlow } from '../../src/lib/types';
import { loadFlow } from './flow-helpers';

const FLOWS = ['fauske-tims', 'handlingsforlop', 'heim', 'kongsvinger', 'ved-bekymring'];
const SHAPES = ['levels', 'circle', 'branches'] as const;

const area = (a: Rect, b: Rect) =>
	Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
	Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** On the rectangle's outline, give or take `tol`. */
function onOutline(p: Point, r: Rect, tol = 1.5): boolean {
	const inside = p.x >= r.x - tol && p.x <= r.x + r.width + tol && p.y >= r.y - tol && p.y <= r.y + r.height + tol;
	const near = Math.min(Math.abs(p.x - r.x), Math.abs(p.x - r.x - r.width), Math.abs(p.y - r.y), Math.abs(p.y - r.y - r.height));
	return inside && near <= tol;
}

function contains(outer: Rect, inner: Rect): boolean {
	return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** What every diagram of every flow must satisfy. */
function checkDiagram(flow: LocalFlow, d: Diagram) {
	const nodeIds = new Set(flow.nodes.map((n) => n.id));
	const boxes = new Map(d.boxes.map((b) => [b.id, b]));
	expect(boxes.size, 'box ids are unique').toBe(d.boxes.length);

	// One box per step, with its title, linking to the step's first node.
	for (const level of flow.levels)
		for (const step of level.steps) {
			const box = d.boxes.find((b) => b.kind === 'step' && b.stepId === step.id);
			expect(box, `box for step ${step.id}`).toBeDefined();
			expect(box!.lines.join(' ')).toBe(step.title);
			expect(box!.title).toContain(step.title);
			if (step.label) expect(box!.label).toBe(step.label);
			expect(box!.nodeId).toBe(stepEntry(flow, step.id)!.id);
		}
	// One box per question and per outcome, linking to the node itself.
	for (const node of flow.nodes) {
		if (node.kind === 'step') continue;
		const own = d.boxes.filter((b) => b.kind === node.kind && b.nodeId === node.id);
		expect(own, `box for ${node.kind} ${node.id}`).toHaveLength(1);
		expect(own[0].lines.join(' ')).toBe(node.kind === 'question' ? node.question : node.title);
	}
	for (const box of d.boxes) {
		expect(nodeIds.has(box.nodeId), `${box.id} links to a node`).toBe(true);
		for (const line of box.lines) if (line.includes(' ')) expect(line.length, `"${line}"`).toBeLessThanOrEqual(WRAP);
	}

	// No box overlaps another, and no option tag overlaps a box or another tag.
	const tags = d.edges.flatMap((e) => (e.label ? [{ id: e.id, ...e.label }] : []));
	for (let i = 0; i < d.boxes.length; i++)
		for (let j = i + 1; j < d.boxes.length; j++)
			expect(area(d.boxes[i], d.boxes[j]), `${d.boxes[i].id} overlaps ${d.boxes[j].id}`).toBe(0);
	for (const [i, tag] of tags.entries()) {
		for (const box of d.boxes) expect(area(tag, box), `${tag.id} overlaps ${box.id}`).toBe(0);
		for (const other of tags.slice(i + 1)) expect(area(tag, other), `${tag.id} overlaps ${other.id}`).toBe(0);
	}

	// Every edge runs from its box to its box; every option has its labelled edge.
	for (const e of d.edges) {
		const from = boxes.get(e.from);
		const to = boxes.get(e.to);
		expect(from, `${e.id} starts at a box`).toBeDefined();
		expect(to, `${e.id} ends at a box`).toBeDefined();
		expect(e.points.length).toBeGreaterThanOrEqual(2);
		expect(onOutline(e.points[0], from!), `${e.id} leaves ${e.from} at ${JSON.stringify(e.points[0])}`).toBe(true);
		expect(onOutline(e.points.at(-1)!, to!), `${e.id} arrives at ${e.to} at ${JSON.stringify(e.points.at(-1))}`).toBe(true);
		expect(e.d).toMatch(/^M[-\d.]+ [-\d.]+ /);
	}
	for (const node of flow.nodes) {
		if (node.kind !== 'question') continue;
		for (const option of node.options) {
			const edge = d.edges.find((e) => e.kind === 'option' && e.id === `option:${node.id}:${option.id}`);
			expect(edge, `edge for ${node.id}/${option.id}`).toBeDefined();
			expect(edge!.label!.full).toBe(option.label);
			expect(edge!.label!.text.length).toBeLessThanOrEqual(LABEL_MAX);
			expect(boxes.get(edge!.to)!.nodeId, 'the option leads to the box of its node').toBe(option.next);
		}
	}
	for (const node of flow.nodes) {
		if (node.kind !== 'step') continue;
		const edge = d.edges.find((e) => e.id === `next:${node.id}`);
		expect(edge, `edge for ${node.id}`).toBeDefined();
		expect(boxes.get(edge!.to)!.nodeId).toBe(node.next);
	}

	// The viewBox holds everything.
	const view = { x: 0, y: 0, width: d.width, height: d.height };
	for (const r of [...d.boxes, ...tags, ...d.bands]) expect(contains(view, r), `${'id' in r ? r.id : ''} inside the viewBox`).toBe(true);
	for (const e of d.edges) for (const p of e.points) expect(contains(view, { ...p, width: 0, height: 0 }), `${e.id} inside`).toBe(true);
}

describe('diagram layout of the real flows', () => {
	for (const id of FLOWS)
		for (const locale of LOCALES)
			it(`${id} (${locale}) in its own shape`, () => {
				const flow = localize(loadFlow(id), locale);
				const d = layoutDiagram(flow);
				expect(d.shape).toBe(flow.shape);
				checkDiagram(flow, d);
			});

	for (const id of FLOWS)
		for (const shape of SHAPES)
			it(`${id} drawn as ${shape}`, () => {
				const flow = { ...localize(loadFlow(id), 'nb'), shape };
				const d = layoutDiagram(flow);
				expect(d.shape).toBe(shape);
				checkDiagram(flow, d);
			});

	it('is deterministic', () => {
		for (const id of FLOWS) {
			const flow = localize(loadFlow(id), 'nn');
			const a = layoutDiagram(flow);
			expect(layoutDiagram(flow)).toEqual(a);
			expect(layoutDiagram(structuredClone(flow))).toEqual(a);
			expect(JSON.parse(JSON.stringify(a))).toEqual(a);
		}
	});

	it('falls back to levels for an unknown shape', () => {
		const flow = { ...localize(loadFlow('heim'), 'nb'), shape: 'spiral' } as unknown as LocalFlow;
		const d = layoutDiagram(flow);
		expect(d.shape).toBe('levels');
		checkDiagram(flow, d);
	});
});

describe('diagram layout: circle', () => {
	for (const locale of LOCALES)
		it(`puts the seven Fauske steps on a circle, clockwise from the top (${locale})`, () => {
			const flow = localize(loadFlow('fauske-tims'), locale);
			const d = layoutDiagram(flow);
			expect(d.ring).toBeDefined();
			const { cx, cy, r } = d.ring!;
			const steps = flow.levels[0].steps.map((s) => d.boxes.find((b) => b.kind === 'step' && b.stepId === s.id)!);
			expect(steps).toHaveLength(7);
			const angles = steps.map((b) => {
				const x = b.x + b.width / 2 - cx;
				const y = b.y + b.height / 2 - cy;
				expect(Math.hypot(x, y)).toBeCloseTo(r, 0);
				// Screen coordinates (y down): angles grow clockwise. 0 = straight up.
				return (Math.atan2(y, x) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
			});
			expect(angles[0]).toBeCloseTo(0, 2);
			for (let i = 1; i < angles.length; i++) {
				expect(angles[i]).toBeGreaterThan(angles[i - 1]);
				expect(angles[i] - angles[i - 1]).toBeCloseTo((2 * Math.PI) / 7, 2);
			}
			// Consecutive steps joined directly are joined by an arc along the ring.
			const arcs = d.edges.filter((e) => e.d.includes(' A'));
			expect(arcs.length).toBeGreaterThanOrEqual(3);
			for (const arc of arcs) {
				const i = steps.findIndex((b) => b.id === arc.from);
				expect(steps[i + 1].id).toBe(arc.to);
			}
		});
});

describe('diagram layout: a hand-made flow', () => {
	const base: Flow = loadFlow('heim');
	const text = (s: string) => ({ nb: s, nn: s });
	/** Odd but valid: nodes without steps, a step without its own page title, an option looping to its own question. */
	const odd: Flow = {
		...base,
		levels: [
			{ id: 'a', title: text('Første'), steps: [{ id: 's1', title: text('Et steg med en ganske lang tittel som må brytes') }, { id: 's2', title: text('Kort') }] },
			{ id: 'b', title: text('Andre'), steps: [{ id: 's3', title: text('Siste') }] }
		],
		start: 'n1',
		nodes: [
			{ kind: 'step', id: 'n1', step: 's1', todo: [text('Gjør')], next: 'q1' },
			{
				kind: 'question',
				id: 'q1',
				question: text('Hva nå?'),
				options: [
					{ id: 'igjen', label: text('Spør igjen, for dette er et svar med altfor mange ord'), next: 'q1' },
					{ id: 'videre', label: text('Videre'), next: 'n2' },
					{ id: 'slutt', label: text('Slutt'), next: 'o1' }
				]
			},
			{ kind: 'step', id: 'n2', step: 's2', todo: [text('Gjør')], next: 'n3' },
			{ kind: 'step', id: 'n3', step: 's3', todo: [text('Gjør')], next: 'o2' },
			{ kind: 'outcome', id: 'o1', title: text('Ferdig') },
			{ kind: 'outcome', id: 'o2', step: 's3', title: text('Også ferdig') }
		],
		contacts: [],
		tools: [],
		deadlines: []
	};
	for (const shape of SHAPES)
		it(`is laid out as ${shape}`, () => {
			const flow = { ...localize(odd, 'nb'), shape };
			checkDiagram(flow, layoutDiagram(flow));
		});
});

describe('diagram text', () => {
	it('wraps at spaces without losing a character', () => {
		for (const t of ['Konkretiser enkle, målbare mål. Sett opp tidsramme.', 'Evalueringsmøte – beslutning om videre koordinert innsats', 'Kort', 'Et  dobbelt  mellomrom']) {
			const lines = wrapText(t);
			expect(lines.join(' ')).toBe(t);
			for (const l of lines) expect(l.length).toBeLessThanOrEqual(WRAP);
		}
	});
	it('shortens long option labels with an ellipsis, at a word break where it can', () => {
		expect(shorten('Ja')).toBe('Ja');
		const s = shorten('Tiltakene har hatt ønsket effekt, det er ikke lenger grunn til å bekymre seg.');
		expect(s.length).toBeLessThanOrEqual(LABEL_MAX);
		expect(s.endsWith('…')).toBe(true);
		expect('Tiltakene har hatt ønsket effekt'.startsWith(s.slice(0, -1))).toBe(true);
	});
});
