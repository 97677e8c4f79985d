// The trainers' overview diagram, laid out by ELK: every flow in flows/ (both languages, every shape) and random
// valid flows must give a legible diagram: every box and label whole, nothing overlapping, no arrow through a box.
import { readdirSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { layoutDiagram, type Diagram, type DiagramOptions, type Point, type Rect } from '../../src/lib/diagram/layout';
import { textWidth, wrap } from '../../src/lib/diagram/measure';
import { stepEntry } from '../../src/lib/flow/engine';
import { localize } from '../../src/lib/flow/localize';
import { LOCALES, type Flow, type Node } from '../../src/lib/flow/schema';
import { checkFlow } from '../../src/lib/flow/validate';
import type { LocalFlow, LocalNode } from '../../src/lib/types';
import { loadFlow } from './flow-helpers';

const FLOWS = readdirSync('flows')
	.filter((f) => f.endsWith('.json') && f !== 'flow.schema.json')
	.map((f) => f.slice(0, -'.json'.length));
const SHAPES = ['levels', 'circle', 'branches'] as const;
/** The diagram's region in a 1 280 px window (1 280 px less the page's 2 rem margin): the diagram fits it at its natural size. */
const MAX_WIDTH = 1280 - 32;
const elk = new ELK();
const ENDINGS = { resolved: 'Avsluttet', onward: 'Arbeidet fortsetter', report: 'Bekymringsmelding' };
const lay = (flow: LocalFlow, options: Partial<DiagramOptions> = {}) => layoutDiagram(flow, elk, { unfinished: 'uferdig', endings: ENDINGS, ...options });

/** The area two rectangles share. */
const overlap = (a: Rect, b: Rect) =>
	Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
const shrink = (r: Rect, by: number): Rect => ({ x: r.x + by, y: r.y + by, width: r.width - 2 * by, height: r.height - 2 * by });
const inside = (outer: Rect, inner: Rect) =>
	inner.x >= outer.x - 0.01 && inner.y >= outer.y - 0.01 && inner.x + inner.width <= outer.x + outer.width + 0.01 && inner.y + inner.height <= outer.y + outer.height + 0.01;

/** Whether the segment a–b passes through the inside of `r` (Liang–Barsky clipping). */
function crosses(a: Point, b: Point, r: Rect): boolean {
	let [t0, t1] = [0, 1];
	const [dx, dy] = [b.x - a.x, b.y - a.y];
	for (const [p, q] of [[-dx, a.x - r.x], [dx, r.x + r.width - a.x], [-dy, a.y - r.y], [dy, r.y + r.height - a.y]]) {
		if (p === 0) {
			if (q <= 0) return false;
		} else if (p < 0) t0 = Math.max(t0, q / p);
		else t1 = Math.min(t1, q / p);
	}
	return t1 - t0 > 1e-6;
}

/** How far `p` is from the outline of `r`. */
const offOutline = (p: Point, r: Rect) => {
	const dx = Math.max(r.x - p.x, 0, p.x - r.x - r.width);
	const dy = Math.max(r.y - p.y, 0, p.y - r.y - r.height);
	const outside = Math.hypot(dx, dy);
	return outside > 0 ? outside : Math.min(p.x - r.x, r.x + r.width - p.x, p.y - r.y, r.y + r.height - p.y);
};

const textOf = (node: LocalNode) => (node.kind === 'question' ? node.question : node.kind === 'outcome' ? node.title : undefined);

/** What every diagram of every flow must satisfy. */
function checkDiagram(flow: LocalFlow, d: Diagram, direction: DiagramOptions['direction'] = 'DOWN') {
	const boxes = new Map(d.boxes.map((b) => [b.id, b]));
	expect(boxes.size, 'box ids are unique').toBe(d.boxes.length);

	// One box per step, its text whole, linking to the step's first node.
	for (const level of flow.levels)
		for (const step of level.steps) {
			const box = boxes.get(`step:${step.id}`)!;
			expect(box, `box for step ${step.id}`).toBeDefined();
			expect(box.text.lines.join(' ')).toBe(step.title);
			expect(box.text.label).toBe(step.label);
			expect(box.title).toContain(step.title);
			expect(box.nodeId).toBe(stepEntry(flow, step.id)!.id);
			expect(box.unfinished, `${step.id} is marked unfinished`).toBe(flow.nodes.some((n) => n.step === step.id && n.unfinished) || undefined);
			if (box.unfinished) expect(box.text.note, 'unfinished is said in words').toBe('uferdig');
		}
	// Alternative steps stand side by side, centred on the same line across the arrows (outside a ring).
	for (const level of flow.levels.slice(flow.shape === 'circle' ? 1 : 0))
		for (const step of level.steps.filter((s) => s.alternativeTo)) {
			const [a, b] = [boxes.get(`step:${step.alternativeTo}`)!, boxes.get(`step:${step.id}`)!];
			const [along, across] = direction === 'DOWN' ? (['y', 'x'] as const) : (['x', 'y'] as const);
			const size = along === 'y' ? 'height' : 'width';
			expect(a[along] + a[size] / 2, `${step.id} beside ${step.alternativeTo}`).toBeCloseTo(b[along] + b[size] / 2, 1);
			expect(a[across], `${step.id} after ${step.alternativeTo}`).toBeLessThan(b[across]);
		}
	// Every question and outcome has a box of its own, linking to it; so has a step node that does not begin its step.
	for (const node of flow.nodes) {
		const own = boxes.get(`node:${node.id}`);
		if (node.kind === 'step' && stepEntry(flow, node.step)?.id === node.id) {
			expect(own, `${node.id} is drawn as its step`).toBeUndefined();
			continue;
		}
		expect(own, `box for ${node.kind} ${node.id}`).toBeDefined();
		expect(own!.nodeId).toBe(node.id);
		if (textOf(node)) expect(own!.text.lines.join(' ')).toBe(textOf(node));
		expect(own!.unfinished).toBe(node.unfinished);
		if (node.unfinished) expect(own!.text.note, 'unfinished is said in words').toBe('uferdig');
		// How an outcome ends is said in words above its title, not by colour alone.
		if (node.kind === 'outcome') expect(own!.text.label).toBe(node.ending && ENDINGS[node.ending]);
		if (node.kind === 'outcome' && node.ending) expect(own!.title).toBe(`${ENDINGS[node.ending]}: ${node.title}`);
	}
	// Every way on and every answer has its arrow; every answer's label is whole.
	const edges = new Map(d.edges.map((e) => [e.id, e]));
	/** An arrow to the first node of a step points at the step's box. */
	const boxOf = (id: string) => {
		const step = flow.nodes.find((n) => n.id === id)!.step;
		return step !== undefined && stepEntry(flow, step)!.id === id ? `step:${step}` : `node:${id}`;
	};
	for (const node of flow.nodes) {
		const targets = node.kind === 'step' ? [[`next:${node.id}`, node.next]] : node.kind === 'question' ? node.options.map((o) => [`option:${node.id}:${o.id}`, o.next]) : [];
		for (const [id, next] of targets) {
			expect(edges.get(id), `arrow ${id}`).toBeDefined();
			expect(edges.get(id)!.to, `${id} leads to ${next}`).toBe(boxOf(next));
		}
		if (node.kind === 'question')
			for (const option of node.options) {
				const label = edges.get(`option:${node.id}:${option.id}`)!.label!;
				expect(label.full).toBe(option.label);
				expect(label.text.lines.join(' '), 'the label is whole').toBe(option.label);
			}
	}

	// Nothing overlaps: boxes, answer labels and level headers.
	const things = [
		...d.boxes.map((b) => ({ id: b.id, ...(b as Rect) })),
		...d.edges.flatMap((e) => (e.label ? [{ id: `label of ${e.id}`, ...(e.label as Rect) }] : [])),
		...d.bands.map((b) => ({ id: `header of ${b.id}`, ...b.header }))
	];
	for (let i = 0; i < things.length; i++)
		for (let j = i + 1; j < things.length; j++) expect(overlap(things[i], things[j]), `${things[i].id} overlaps ${things[j].id}`).toBe(0);

	// Every arrow runs from the outline of its box to the outline of its box, through no other box or header.
	for (const e of d.edges) {
		const [from, end] = [boxes.get(e.from)!, boxes.get(e.to)!];
		const slack = e.d.includes(' A') ? 9 : 1;
		expect(Math.abs(offOutline(e.points[0], from)), `${e.id} leaves ${e.from}`).toBeLessThanOrEqual(slack);
		expect(Math.abs(offOutline(e.points.at(-1)!, end)), `${e.id} arrives at ${e.to}`).toBeLessThanOrEqual(slack);
		for (let i = 1; i < e.points.length; i++)
			for (const other of things)
				if (other.id !== e.from && other.id !== e.to && other.id !== `label of ${e.id}`)
					expect(crosses(e.points[i - 1], e.points[i], shrink(other, 1)), `${e.id} runs through ${other.id}`).toBe(false);
		if (e.label) expect(e.points.some((p, i) => i > 0 && crosses(e.points[i - 1], p, e.label!)), `${e.id} runs through its label`).toBe(true);
		expect(e.d).toMatch(/^M[-\d.]+ [-\d.]+ /);
	}

	// Each level's band holds its boxes and header; the viewBox holds everything.
	for (const band of d.bands) {
		expect(inside(band, band.header), `header of ${band.id}`).toBe(true);
		for (const box of d.boxes) if (box.levelId === band.id) expect(inside(band, box), `${box.id} in band ${band.id}`).toBe(true);
	}
	const view = { x: 0, y: 0, width: d.width, height: d.height };
	for (const r of [...things, ...d.bands]) expect(inside(view, r), `${r.id} inside the diagram`).toBe(true);
	for (const e of d.edges) for (const p of e.points) expect(inside(view, { ...p, width: 0, height: 0 }), `${e.id} inside`).toBe(true);
}

/** A circle flow: its first level's steps on the ring, clockwise from the top, closed, everything else outside. */
function checkCircle(flow: LocalFlow, d: Diagram) {
	expect(d.ring).toBeDefined();
	const { cx, cy, r } = d.ring!;
	const steps = flow.levels[0].steps.map((s) => d.boxes.find((b) => b.id === `step:${s.id}`)!);
	const angles = steps.map((b) => {
		const [x, y] = [b.x + b.width / 2 - cx, b.y + b.height / 2 - cy];
		expect(Math.hypot(x, y)).toBeCloseTo(r, 0);
		// Screen coordinates (y down): angles grow clockwise; 0 is straight up.
		return (Math.atan2(y, x) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
	});
	expect(angles[0]).toBeCloseTo(0, 2);
	for (let i = 1; i < angles.length; i++) expect(angles[i] - angles[i - 1]).toBeCloseTo((2 * Math.PI) / steps.length, 2);
	// The ring is closed: an arc from every step to the next, and from the last back to the first.
	if (steps.length > 1)
		steps.forEach((b, i) => {
			const arc = d.edges.find((e) => e.from === b.id && e.to === steps[(i + 1) % steps.length].id && e.d.includes(' A'));
			expect(arc, `arc from ${b.id}`).toBeDefined();
		});
	// Decisions and everything else lie outside the ring.
	for (const box of d.boxes)
		if (!steps.includes(box)) {
			const dx = Math.max(box.x - cx, 0, cx - box.x - box.width);
			const dy = Math.max(box.y - cy, 0, cy - box.y - box.height);
			expect(Math.hypot(dx, dy), `${box.id} outside the ring`).toBeGreaterThan(r);
		}
}

describe('diagram layout of the flows in flows/', () => {
	for (const id of FLOWS)
		for (const locale of LOCALES)
			it(`${id} (${locale}) in its own shape, at most ${MAX_WIDTH} px wide`, async () => {
				const flow = localize(loadFlow(id), locale);
				const d = await lay(flow);
				checkDiagram(flow, d);
				if (flow.shape === 'circle') checkCircle(flow, d);
				expect(d.width).toBeLessThanOrEqual(MAX_WIDTH);
			});

	// Every shape is laid out by the same code, and a circle is any flow's first level on a ring.
	for (const id of FLOWS)
		it(`${id} drawn as ${loadFlow(id).shape === 'circle' ? 'levels' : 'a circle'}`, async () => {
			const flow = localize(loadFlow(id), 'nb');
			const shape = flow.shape === 'circle' ? 'levels' : 'circle';
			const d = await lay({ ...flow, shape });
			checkDiagram({ ...flow, shape }, d);
			if (shape === 'circle') checkCircle(flow, d);
		});

	it('is deterministic and plain data', async () => {
		const flow = localize(loadFlow(FLOWS[0]), 'nn');
		const a = await lay(flow);
		expect(await lay(structuredClone(flow))).toEqual(a);
		expect(JSON.parse(JSON.stringify(a))).toEqual(a);
	});

	// In a browser ELK runs in a web worker: what goes to it must survive postMessage (structured clone).
	for (const id of FLOWS)
		it(`gives ELK only data a web worker can take (${id})`, async () => {
			const flow = localize(loadFlow(id), 'nb');
			const worker = { layout: (graph: Parameters<typeof elk.layout>[0]) => elk.layout(structuredClone(graph)) };
			expect(await layoutDiagram(flow, worker, { unfinished: 'uferdig', endings: ENDINGS })).toEqual(await lay(flow));
		});

	for (const id of FLOWS)
		it(`lays out ${id} from left to right too`, async () => {
			const flow = localize(loadFlow(id), 'nb');
			checkDiagram(flow, await lay(flow, { direction: 'RIGHT' }), 'RIGHT');
		});
});

// Random valid flows: a chain through every step (so every node is reachable and reaches the last outcome),
// with extra answers to any node, loops to themselves, nodes without a step, alternative steps, and outcomes
// anywhere with any ending. Every node carries the safety notes, so that any text passes the safety rules.
const WORDS = ['Ja', 'nei', 'barnet', 'foresatte/barnet/ungdommen', 'tverrfaglig', 'samarbeid', 'å', 'et', 'Tiltakene', 'ønsket', 'innsats', 'Samhandlingsplan/tiltaksplan', 'MMMMMMMMMM', 'iiii'];
const words = (max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: max }).map((w) => w.join(' '));
const nodePlan = fc.record({
	kind: fc.constantFrom('step', 'question'),
	text: words(10),
	unfinished: fc.boolean(),
	stepless: fc.boolean(),
	answers: fc.array(fc.record({ label: words(14), to: fc.nat() }), { minLength: 1, maxLength: 3 })
});
const flowPlan = fc.record({
	shape: fc.constantFrom(...SHAPES),
	levels: fc.array(
		fc.record({
			title: words(8),
			label: fc.option(words(2), { nil: undefined }),
			steps: fc.array(
				fc.record({ title: words(8), label: fc.option(words(2), { nil: undefined }), alternative: fc.boolean(), nodes: fc.array(nodePlan, { minLength: 1, maxLength: 2 }) }),
				{ minLength: 1, maxLength: 3 }
			)
		}),
		{ minLength: 1, maxLength: 3 }
	),
	outcomes: fc.array(fc.record({ title: words(6), step: fc.option(fc.nat(), { nil: undefined }), ending: fc.option(fc.constantFrom('resolved', 'onward', 'report'), { nil: undefined }) }), { maxLength: 2 })
});
type FlowPlan = typeof flowPlan extends fc.Arbitrary<infer T> ? T : never;

function randomFlow(plan: FlowPlan): Flow {
	const text = (s: string) => ({ nb: s, nn: s });
	const steps = plan.levels.flatMap((l, i) => l.steps.map((s, j) => ({ ...s, id: `l${i}-s${j}` })));
	const chain = steps.flatMap((s) => s.nodes.map((n, k) => ({ ...n, id: `${s.id}-n${k}`, step: k > 0 && n.stepless && n.kind === 'question' ? undefined : s.id })));
	const outcomes = [{ title: 'Slutt', step: undefined as number | undefined, ending: undefined }, ...plan.outcomes].map((o, i) => ({ ...o, id: `o${i}` }));
	const all = [...chain.map((n) => n.id), ...outcomes.map((o) => o.id)];
	const questions = chain.filter((n) => n.kind === 'question');
	const serviceNotes = ['abuse-exception' as const, 'reporting-duty' as const];
	const nodes: Node[] = chain.map((n, i): Node => {
		const next = chain[i + 1]?.id ?? 'o0';
		const common = { id: n.id, step: n.step, unfinished: n.unfinished || undefined, serviceNotes };
		if (n.kind === 'step') return { kind: 'step', ...common, step: n.step!, todo: [text('Gjør')], next };
		const extra = outcomes.slice(1).filter((_, k) => questions[k % questions.length] === n);
		const answers = [{ label: 'Videre', to: all.indexOf(next) }, ...n.answers, ...extra.map((o) => ({ label: o.title, to: all.indexOf(o.id) }))];
		return { kind: 'question', ...common, question: text(n.text), options: answers.map((a, k) => ({ id: `a${k}`, label: text(a.label), next: all[a.to % all.length] })) };
	});
	for (const o of outcomes.slice(0, questions.length ? undefined : 1))
		nodes.push({ kind: 'outcome', id: o.id, title: text(o.title), step: o.step === undefined ? undefined : steps[o.step % steps.length].id, ending: o.ending, serviceNotes });
	return {
		id: 'tilfeldig',
		version: '1.0.0',
		status: 'published',
		municipality: null,
		title: text('Tilfeldig'),
		description: text('Tilfeldig modell'),
		source: { url: null, title: text('Tilfeldig'), publisher: null, read: '2026-11-25', language: 'nb' },
		shape: plan.shape,
		start: chain[0].id,
		levels: plan.levels.map((l, i) => ({ id: `l${i}`, title: text(l.title), label: l.label === undefined ? undefined : text(l.label), steps: l.steps.map((s, j) => ({ id: `l${i}-s${j}`, title: text(s.title), label: s.label === undefined ? undefined : text(s.label), alternativeTo: j && s.alternative ? `l${i}-s0` : undefined })) })),
		contacts: [],
		tools: [],
		deadlines: [],
		nodes
	};
}

describe('diagram layout of random valid flows', () => {
	it('is legible for any flow that passes checkFlow', async () => {
		await fc.assert(
			fc.asyncProperty(flowPlan, async (plan) => {
				const checked = checkFlow(JSON.parse(JSON.stringify(randomFlow(plan))));
				expect(checked.ok ? [] : checked.problems).toEqual([]);
				const flow = localize((checked as { flow: Flow }).flow, 'nb');
				const d = await lay(flow);
				checkDiagram(flow, d);
				if (flow.shape === 'circle') checkCircle(flow, d);
			}),
			// Each run lays out a flow, so failures are reported as found, not shrunk (FC_RUNS to run more).
			{ numRuns: Number(process.env.FC_RUNS ?? 20), endOnFailure: true }
		);
	}, 300_000);
});

describe('diagram text', () => {
	it('wraps at spaces without losing a character, within the width unless a word is wider', () => {
		for (const t of ['Konkretiser enkle, målbare mål. Sett opp tidsramme.', 'Del bekymringen med foresatte/barnet/ungdommen', 'Kort', 'Et  dobbelt  mellomrom']) {
			const lines = wrap(t, 200, 18);
			expect(lines.join(' ')).toBe(t);
			const widestWord = Math.max(...t.split(' ').map((w) => textWidth(w, 18)));
			for (const l of lines) expect(textWidth(l, 18)).toBeLessThanOrEqual(Math.max(200, widestWord));
		}
		expect(wrap('Del bekymringen med foresatte/barnet/ungdommen', 200, 18)).toEqual(['Del bekymringen med', 'foresatte/barnet/ungdommen']);
	});
	it('never estimates a text narrower than DejaVu Sans draws it', () => {
		// Widths in em measured in Chromium for DejaVu Sans (regular; bold is at most 12 % wider).
		const measured: Record<string, number> = { m: 0.97, W: 0.99, æ: 0.98, i: 0.28, ' ': 0.32, a: 0.61, O: 0.79, '0': 0.64, '…': 1, f: 0.35 };
		for (const [c, em] of Object.entries(measured)) expect(textWidth(c, 100)).toBeGreaterThanOrEqual(em * 100);
	});
});
