// The trainers' overview diagram of a flow: a box per step, decision and outcome, and the arrows
// between them, placed by the flow's `shape`. Pure: takes a LocalFlow, returns positions and SVG path
// data. No Svelte, no DOM, no text measuring (widths are estimated), no layout library. Deterministic.
import { stepEntry } from '../flow/engine';
import type { LocalFlow } from '../types';

export type DiagramShape = 'levels' | 'circle' | 'branches';
/** `action` is a step node that is not the first node of its step, e.g. "Saken løftes videre opp på nivå 2". */
export type BoxKind = 'step' | 'question' | 'outcome' | 'action';

export interface Point {
	x: number;
	y: number;
}
export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface DiagramBox extends Rect {
	/** Unique within the diagram: "step:<step id>" or "node:<node id>". */
	id: string;
	kind: BoxKind;
	/** The node the box links to: a step's first node (`stepEntry`), else the node itself. */
	nodeId: string;
	stepId?: string;
	levelId?: string;
	/** The step's own label, e.g. "Trinn 3". */
	label?: string;
	/** The visible text wrapped into lines; `lines.join(' ')` is the step title, question or outcome title. */
	lines: string[];
	/** The full text for the accessible name, e.g. "Trinn 3: Sikre dialog med barnets foreldre". */
	title: string;
	/** Text is centred on `textX`; `labelY` and `lineY` are baselines, one line every `lineHeight`. */
	textX: number;
	labelY?: number;
	lineY: number;
	lineHeight: number;
}

/** The label of a question's option, drawn as a small tag where the option's arrow starts. */
export interface EdgeLabel extends Rect {
	/** Shortened to about 28 characters with "…". */
	text: string;
	/** The option's full label. */
	full: string;
	textX: number;
	textY: number;
}

export interface DiagramEdge {
	id: string;
	/** `next`: a step node's way on; `option`: a question's answer; `entry`: a step to its first node. */
	kind: 'next' | 'option' | 'entry';
	from: string;
	to: string;
	optionId?: string;
	/** Leads back to a box drawn earlier in reading order: a loop. */
	back: boolean;
	/** The route; the first point is on `from`, the last on `to` (for arcs: the two ends). */
	points: Point[];
	/**
	 * SVG path data of the arrow. For an option it starts at the end of the option's tag: the part from
	 * the question to its tags is shared by all its options and drawn once, as the question's stem.
	 */
	d: string;
	label?: EdgeLabel;
}

/** The lines from a question down to its option tags. */
export interface DiagramStem {
	/** The question's box. */
	from: string;
	d: string;
}

/** A level: a column ("levels"), a row ("branches") or the centre of the circle. */
export interface DiagramBand extends Rect {
	id: string;
	kind: 'column' | 'row' | 'center';
	label?: string;
	title: string;
	lines: string[];
	/** Where the header text starts: `textX` with `anchor`, baselines `labelY` and `lineY`. */
	textX: number;
	anchor: 'start' | 'middle';
	labelY?: number;
	lineY: number;
	lineHeight: number;
}

export interface Diagram {
	shape: DiagramShape;
	/** The viewBox is "0 0 width height"; everything lies inside. */
	width: number;
	height: number;
	bands: DiagramBand[];
	boxes: DiagramBox[];
	edges: DiagramEdge[];
	stems: DiagramStem[];
	/** Circle layout only: the ring the steps sit on. */
	ring?: { cx: number; cy: number; r: number };
}

// ---------------------------------------------------------------------------------------------
// Sizes (user units = CSS px at the natural size)

export const FONT_SIZE = 15;
export const LABEL_SIZE = 14;
export const CHIP_SIZE = 14;
export const HEADER_SIZE = 16;
export const LINE_HEIGHT = 20;
const LABEL_HEIGHT = 19;
/** Characters per line in a box. */
export const WRAP = 22;
/** Option labels longer than this are shortened with "…". */
export const LABEL_MAX = 28;
/** How far a question's pointed ends reach in from its sides. */
export const HEX = 12;

const PAD_X = 12;
const PAD_Y = 9;
const MIN_BOX = 130;
const BUS_X = 20;
const CHIP_X = 32;
const CHIP_H = 28;
const CHIP_PAD = 9;
const CHIP_TOP = 12;
const CHIP_GAP = 8;
const V_GAP = 38;
const SIDE_GAP = 44;
const TRACK = 12;
const CH_PAD = 14;
const BAND_PAD = 14;
const MARGIN = 16;
const ROUND = 8;

// ---------------------------------------------------------------------------------------------
// Text

const NARROW = new Set("il|!.,:;'`ıjI");
const SEMI = new Set('ftr()[]{}-/"«»');
const WIDE = new Set('mwæœMWÆŒ—…%@');

/** A generous estimate of the width of `text` in a sans-serif font (wide fonts like DejaVu Sans fit). */
export function textWidth(text: string, size: number, bold = false): number {
	let em = 0;
	for (const c of text) {
		if (c === ' ') em += 0.32;
		else if (NARROW.has(c)) em += 0.3;
		else if (SEMI.has(c)) em += 0.41;
		else if (WIDE.has(c)) em += 0.94;
		else if (/[0-9]/.test(c)) em += 0.64;
		else if (c !== c.toLowerCase()) em += 0.72;
		else em += 0.6;
	}
	return em * size * (bold ? 1.08 : 1);
}

function greedy(words: string[], fits: (line: string) => boolean): string[] {
	const lines: string[] = [];
	let line: string | undefined;
	for (const word of words) {
		if (line === undefined) line = word;
		else if (fits(`${line} ${word}`)) line = `${line} ${word}`;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line !== undefined) lines.push(line);
	return lines;
}

/**
 * Wraps at spaces into lines of at most `max` characters (a longer word gets a line of its own), as
 * evenly as the same number of lines allows. `wrapText(t).join(' ') === t` always holds.
 */
export function wrapText(text: string, max = WRAP): string[] {
	const words = text.split(' ');
	const base = greedy(words, (l) => l.length <= max);
	let best = base;
	for (let m = max - 1; base.length > 1 && m >= 8; m--) {
		const lines = greedy(words, (l) => l.length <= m);
		if (lines.length !== base.length) break;
		best = lines;
	}
	return best;
}

/** Wraps into lines no wider than `width` (estimated). */
function wrapWidth(text: string, width: number, size: number, bold = false): string[] {
	return greedy(text.split(' '), (l) => textWidth(l, size, bold) <= width);
}

/** Shortens an option label for the diagram: at a word break where possible, with "…". */
export function shorten(label: string, max = LABEL_MAX): string {
	const text = label.replace(/\s+/g, ' ').trim();
	if (text.length <= max) return text;
	let cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	if (space >= max * 0.45) cut = cut.slice(0, space);
	return `${cut.replace(/[\s,.;:–—-]+$/u, '')}…`;
}

const widest = (lines: string[], size: number, bold = false) => Math.max(0, ...lines.map((l) => textWidth(l, size, bold)));

// ---------------------------------------------------------------------------------------------
// Geometry helpers

const r1 = (n: number) => Math.round(n * 10) / 10;

function overlaps(a: Rect, b: Rect, gap = 0): boolean {
	return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** Drops repeated points and points in the middle of a straight run. */
function simplify(points: Point[]): Point[] {
	const out: Point[] = [];
	for (const p of points) {
		const q = { x: r1(p.x), y: r1(p.y) };
		const last = out.at(-1);
		if (last && last.x === q.x && last.y === q.y) continue;
		out.push(q);
		while (out.length >= 3) {
			const [a, b, c] = out.slice(-3);
			const straight = (a.x === b.x && b.x === c.x) || (a.y === b.y && b.y === c.y);
			if (!straight) break;
			out.splice(out.length - 2, 1);
		}
	}
	return out;
}

/** Path data for a polyline with rounded corners. */
function roundedPath(points: Point[]): string {
	const p = points;
	if (p.length === 0) return '';
	let d = `M${p[0].x} ${p[0].y}`;
	for (let i = 1; i < p.length - 1; i++) {
		const a = p[i - 1];
		const b = p[i];
		const c = p[i + 1];
		const lin = Math.hypot(b.x - a.x, b.y - a.y);
		const lout = Math.hypot(c.x - b.x, c.y - b.y);
		const r = Math.min(ROUND, lin / 2, lout / 2);
		const s = { x: r1(b.x - ((b.x - a.x) / lin) * r), y: r1(b.y - ((b.y - a.y) / lin) * r) };
		const e = { x: r1(b.x + ((c.x - b.x) / lout) * r), y: r1(b.y + ((c.y - b.y) / lout) * r) };
		d += ` L${s.x} ${s.y} Q${b.x} ${b.y} ${e.x} ${e.y}`;
	}
	const last = p[p.length - 1];
	return `${d} L${last.x} ${last.y}`;
}

// ---------------------------------------------------------------------------------------------
// The model: which boxes and edges there are, before any placing

/** A box before placing: what it says and how big it is, not yet where. */
interface BoxSpec
	extends Pick<DiagramBox, 'id' | 'kind' | 'nodeId' | 'stepId' | 'levelId' | 'label' | 'title' | 'lines' | 'width' | 'height'> {
	text: string;
}

interface EdgeSpec {
	id: string;
	kind: DiagramEdge['kind'];
	from: string;
	to: string;
	optionId?: string;
	label?: { text: string; full: string };
}

interface StepInfo {
	id: string;
	levelId: string;
	levelIndex: number;
	index: number;
}

interface Model {
	flow: LocalFlow;
	steps: StepInfo[];
	boxes: Map<string, BoxSpec>;
	edges: EdgeSpec[];
	/** The step each box belongs to: its node's step, else that of the node it is first reached from. */
	home: Map<string, string>;
	/** Boxes in the order their nodes are first reached from the start (then the flow's order). */
	order: string[];
	stepBox: (stepId: string) => string;
	/** The box of a step's first node when that node is a question or outcome (it gets a box of its own). */
	entryBox: Map<string, string>;
	incoming: Map<string, EdgeSpec[]>;
	outgoing: Map<string, EdgeSpec[]>;
}

function boxSize(kind: BoxKind, label: string | undefined, lines: string[]): { width: number; height: number } {
	const textW = Math.max(widest(lines, FONT_SIZE), label ? textWidth(label, LABEL_SIZE, true) : 0);
	const extra = kind === 'question' ? 2 * HEX : 0;
	return {
		width: Math.ceil(Math.max(MIN_BOX, textW + 2 * PAD_X + extra)),
		height: Math.ceil(2 * PAD_Y + (label ? LABEL_HEIGHT : 0) + lines.length * LINE_HEIGHT)
	};
}

function buildModel(flow: LocalFlow): Model {
	const steps: StepInfo[] = flow.levels.flatMap((level, levelIndex) =>
		level.steps.map((step, index) => ({ id: step.id, levelId: level.id, levelIndex, index }))
	);
	const stepById = new Map(steps.map((s) => [s.id, s]));
	const stepData = new Map(flow.levels.flatMap((l) => l.steps.map((s) => [s.id, s] as const)));
	const nodes = new Map(flow.nodes.map((n) => [n.id, n]));
	const boxes = new Map<string, BoxSpec>();
	const stepBox = (id: string) => `step:${id}`;
	const own = (nodeId: string) => `node:${nodeId}`;
	/** Where an arrow to a node points: a step's first node is drawn as the step. */
	const target = new Map<string, string>();
	const entryBox = new Map<string, string>();

	const addBox = (spec: Omit<BoxSpec, 'lines' | 'width' | 'height'>) => {
		const lines = wrapText(spec.text);
		boxes.set(spec.id, { ...spec, lines, ...boxSize(spec.kind, spec.label, lines) });
	};

	for (const s of steps) {
		const step = stepData.get(s.id)!;
		const entry = stepEntry(flow, s.id);
		addBox({
			id: stepBox(s.id),
			kind: 'step',
			nodeId: entry?.id ?? flow.start,
			stepId: s.id,
			levelId: s.levelId,
			label: step.label,
			text: step.title,
			title: step.label ? `${step.label}: ${step.title}` : step.title
		});
		if (entry) {
			target.set(entry.id, stepBox(s.id));
			if (entry.kind !== 'step') entryBox.set(s.id, own(entry.id));
		}
	}
	const entryOwn = new Set([...entryBox.values()].map((id) => id.slice('node:'.length)));
	for (const node of flow.nodes) {
		if (target.has(node.id) && !entryOwn.has(node.id)) continue;
		const step = node.step !== undefined ? stepById.get(node.step) : undefined;
		const text =
			node.kind === 'question'
				? node.question
				: node.kind === 'outcome'
					? node.title
					: (node.title ?? (node.step !== undefined ? stepData.get(node.step)?.title : undefined) ?? node.id);
		addBox({
			id: own(node.id),
			kind: node.kind === 'step' ? 'action' : node.kind,
			nodeId: node.id,
			stepId: step?.id,
			levelId: step?.levelId,
			text,
			title: text
		});
	}

	const edges: EdgeSpec[] = [];
	for (const s of steps) {
		const entry = entryBox.get(s.id);
		if (entry) edges.push({ id: `entry:${s.id}`, kind: 'entry', from: stepBox(s.id), to: entry });
	}
	const to = (nodeId: string) => target.get(nodeId) ?? own(nodeId);
	for (const node of flow.nodes) {
		const from = boxes.has(own(node.id)) ? own(node.id) : to(node.id);
		if (node.kind === 'step' && nodes.has(node.next)) edges.push({ id: `next:${node.id}`, kind: 'next', from, to: to(node.next) });
		if (node.kind === 'question')
			for (const option of node.options)
				if (nodes.has(option.next))
					edges.push({
						id: `option:${node.id}:${option.id}`,
						kind: 'option',
						from,
						to: to(option.next),
						optionId: option.id,
						label: { text: shorten(option.label), full: option.label }
					});
	}

	const incoming = new Map<string, EdgeSpec[]>([...boxes.keys()].map((id) => [id, []]));
	const outgoing = new Map<string, EdgeSpec[]>([...boxes.keys()].map((id) => [id, []]));
	for (const e of edges) {
		incoming.get(e.to)!.push(e);
		outgoing.get(e.from)!.push(e);
	}

	// Reading order and home steps: breadth first from the start, then whatever is left in file order.
	const order: string[] = [];
	const parent = new Map<string, string | undefined>();
	const seen = new Set<string>();
	const visit = (first: string) => {
		const queue = [first];
		seen.add(first);
		while (queue.length) {
			const id = queue.shift()!;
			order.push(id);
			for (const e of outgoing.get(id) ?? [])
				if (!seen.has(e.to)) {
					seen.add(e.to);
					parent.set(e.to, id);
					queue.push(e.to);
				}
		}
	};
	const startBox = nodes.has(flow.start) ? to(flow.start) : undefined;
	if (startBox) visit(startBox);
	for (const s of steps) if (!seen.has(stepBox(s.id))) visit(stepBox(s.id));
	for (const id of boxes.keys()) if (!seen.has(id)) visit(id);

	const home = new Map<string, string>();
	for (const id of order) {
		const own = boxes.get(id)!.stepId;
		const from = parent.get(id);
		const h = own ?? (from !== undefined ? home.get(from) : undefined) ?? steps[0]?.id;
		if (h !== undefined) home.set(id, h);
	}
	return { flow, steps, boxes, edges, home, order, stepBox, entryBox, incoming, outgoing };
}

// ---------------------------------------------------------------------------------------------
// Cells: a group of steps drawn as one stack ("main lane"), with each question's option tags under
// it and the outcomes only reached from one option beside their tag ("side lane").

type CellMode = 'down' | 'row' | 'local';

interface Cell {
	key: string;
	width: number;
	height: number;
	mainWidth: number;
	main: string[];
	side: Set<string>;
	/** Per option edge: the side boxes in its row, left to right. */
	chains: Map<string, string[]>;
	/** Per question: the polylines from it to its tags. */
	stems: Map<string, Point[][]>;
	/** Positions relative to the cell. */
	rects: Map<string, Rect>;
	chips: Map<string, Rect>;
	/** Edges drawn wholly inside the cell, and how. */
	local: Map<string, { mode: CellMode; points: Point[] }>;
	/** For edges leaving the cell: the route up to where it leaves (relative), heading `dir`. */
	exits: Map<string, { points: Point[]; dir: Point }>;
	mirrored: boolean;
}

interface CellContext {
	model: Model;
	cellOf: (boxId: string) => string | undefined;
}

function sideOf(model: Model, cellOf: CellContext['cellOf'], key: string, main: Set<string>): Set<string> {
	const side = new Set<string>();
	for (let grew = true; grew; ) {
		grew = false;
		for (const id of model.order) {
			if (side.has(id) || main.has(id) || cellOf(id) !== key) continue;
			const box = model.boxes.get(id)!;
			if (box.kind === 'question' || box.kind === 'step') continue;
			if ([...model.entryBox.values()].includes(id)) continue;
			const preds = model.incoming.get(id)!;
			if (preds.length !== 1) continue;
			const p = preds[0];
			if (p.from === id || cellOf(p.from) !== key) continue;
			const fromKind = model.boxes.get(p.from)!.kind;
			const ok = (p.kind === 'option' && fromKind === 'question' && !side.has(p.from)) || (p.kind === 'next' && side.has(p.from));
			if (ok) {
				side.add(id);
				grew = true;
			}
		}
	}
	return side;
}

function buildCell(ctx: CellContext, key: string, steps: string[], withStepBoxes: boolean, mirrored = false): Cell {
	const { model, cellOf } = ctx;
	const inCell = [...model.boxes.keys()].filter((id) => cellOf(id) === key);
	const candidates = new Set(inCell);
	// Every question is in the main lane; side boxes hang off their options.
	const questions = model.order.filter((id) => candidates.has(id) && model.boxes.get(id)!.kind === 'question');
	const sideCandidates = sideOf(model, cellOf, key, new Set(questions));
	// Side chains: the option's target, then its own way on while that is a side box too.
	const chains = new Map<string, string[]>();
	const side = new Set<string>();
	for (const q of questions)
		for (const e of model.outgoing.get(q)!) {
			const chain: string[] = [];
			let next: string | undefined = sideCandidates.has(e.to) && !side.has(e.to) ? e.to : undefined;
			while (next !== undefined && !chain.includes(next) && !side.has(next)) {
				chain.push(next);
				side.add(next);
				const out: EdgeSpec | undefined = model.outgoing.get(next)![0];
				next = out && sideCandidates.has(out.to) && model.incoming.get(out.to)![0] === out ? out.to : undefined;
			}
			chains.set(e.id, chain);
		}
	const main: string[] = [];
	for (const stepId of steps) {
		const sb = model.stepBox(stepId);
		if (withStepBoxes) main.push(sb);
		const entry = model.entryBox.get(stepId);
		if (entry && candidates.has(entry)) main.push(entry);
		for (const id of model.order)
			if (id !== sb && id !== entry && candidates.has(id) && !side.has(id) && model.home.get(id) === stepId && model.boxes.get(id)!.kind !== 'step')
				main.push(id);
	}
	const mainSet = new Set(main);

	const chipText = (e: EdgeSpec) => textWidth(e.label?.text ?? '', CHIP_SIZE) + 2 * CHIP_PAD;
	let mainWidth = 0;
	for (const id of main) {
		const box = model.boxes.get(id)!;
		mainWidth = Math.max(mainWidth, box.width);
		if (box.kind === 'question') for (const e of model.outgoing.get(id)!) mainWidth = Math.max(mainWidth, CHIP_X + chipText(e));
	}
	mainWidth = Math.ceil(mainWidth);
	const slotWidths: number[] = [];
	for (const chain of chains.values())
		chain.forEach((id, i) => (slotWidths[i] = Math.max(slotWidths[i] ?? 0, model.boxes.get(id)!.width)));

	// Vertical placing.
	const rects = new Map<string, Rect>();
	const chips = new Map<string, Rect>();
	let y = 0;
	main.forEach((id, i) => {
		const box = model.boxes.get(id)!;
		if (i > 0) y += V_GAP;
		rects.set(id, { x: 0, y, width: mainWidth, height: box.height });
		y += box.height;
		if (box.kind !== 'question') return;
		y += CHIP_TOP;
		for (const e of model.outgoing.get(id)!) {
			const chain = chains.get(e.id) ?? [];
			const rowH = Math.max(CHIP_H, ...chain.map((c) => model.boxes.get(c)!.height));
			const cy = y + rowH / 2;
			chips.set(e.id, { x: CHIP_X, y: cy - CHIP_H / 2, width: mainWidth - CHIP_X, height: CHIP_H });
			chain.forEach((c, k) => {
				const b = model.boxes.get(c)!;
				rects.set(c, { x: k, y: cy - b.height / 2, width: slotWidths[k], height: b.height });
			});
			y += rowH + CHIP_GAP;
		}
		y -= CHIP_GAP;
	});
	const height = y;
	const stems = new Map<string, Point[][]>();
	for (const id of main) {
		const tags = model.outgoing.get(id)!.map((e) => chips.get(e.id)).filter((c) => c !== undefined);
		if (!tags.length) continue;
		const q = rects.get(id)!;
		const cy = (c: Rect) => c.y + c.height / 2;
		const last = tags.at(-1)!;
		stems.set(id, [
			[{ x: BUS_X, y: q.y + q.height }, { x: BUS_X, y: cy(last) }, { x: CHIP_X, y: cy(last) }],
			...tags.slice(0, -1).map((c) => [{ x: BUS_X, y: cy(c) }, { x: CHIP_X, y: cy(c) }])
		]);
	}

	// Edges inside the cell.
	const cellEdges = model.edges.filter((e) => cellOf(e.from) === key && rects.has(e.from));
	const local = new Map<string, { mode: CellMode; points: Point[] }>();
	const localReqs: { id: string; lo: number; hi: number; key: string }[] = [];
	const localEnds = new Map<string, { from: Point[]; y1: number; y2: number; to: string }>();
	const exitFrom = (e: EdgeSpec): Point[] => {
		const chip = chips.get(e.id);
		const r = rects.get(e.from)!;
		if (chip) return [{ x: BUS_X, y: r.y + r.height }, { x: BUS_X, y: chip.y + CHIP_H / 2 }, { x: mainWidth, y: chip.y + CHIP_H / 2 }];
		return [{ x: r.x + r.width, y: r.y + r.height / 2 }];
	};
	const kinds = (id: string) => model.boxes.get(id)!.kind;
	for (const e of cellEdges) {
		const fromMain = mainSet.has(e.from);
		const toMain = mainSet.has(e.to);
		if (fromMain && toMain && kinds(e.from) !== 'question' && main.indexOf(e.to) === main.indexOf(e.from) + 1) {
			const a = rects.get(e.from)!;
			const b = rects.get(e.to)!;
			local.set(e.id, { mode: 'down', points: [{ x: mainWidth / 2, y: a.y + a.height }, { x: mainWidth / 2, y: b.y }] });
		} else if (side.has(e.to) && model.incoming.get(e.to)![0] === e) {
			local.set(e.id, { mode: 'row', points: [] });
		} else if (fromMain && toMain) {
			const start = exitFrom(e);
			const b = rects.get(e.to)!;
			let y1 = start.at(-1)!.y;
			let y2 = b.y + b.height / 2;
			if (e.from === e.to) {
				y1 += 7;
				y2 -= 7;
			}
			localEnds.set(e.id, { from: start, y1, y2, to: e.to });
			localReqs.push({ id: e.id, lo: Math.min(y1, y2), hi: Math.max(y1, y2), key: e.to });
		}
	}
	const { track, count } = assignTracks(localReqs);
	const localWidth = count ? 2 * CH_PAD + (count - 1) * TRACK : 0;
	for (const [id, end] of localEnds) {
		const x = mainWidth + CH_PAD + track.get(id)! * TRACK;
		local.set(id, {
			mode: 'local',
			points: [...end.from, { x, y: end.y1 }, { x, y: end.y2 }, { x: mainWidth, y: end.y2 }]
		});
	}
	// Side slots sit right of the main lane and the local channel.
	const slotX: number[] = [];
	let x = mainWidth + localWidth + SIDE_GAP;
	slotWidths.forEach((w, i) => {
		slotX[i] = x;
		x += w + SIDE_GAP;
	});
	const width = slotWidths.length ? x - SIDE_GAP : mainWidth + localWidth;
	for (const [id, r] of rects)
		if (side.has(id)) {
			const k = r.x;
			rects.set(id, { ...r, x: slotX[k] + (slotWidths[k] - model.boxes.get(id)!.width) / 2, width: model.boxes.get(id)!.width });
		}
	for (const e of cellEdges) {
		const l = local.get(e.id);
		if (l?.mode !== 'row') continue;
		const b = rects.get(e.to)!;
		const cy = b.y + b.height / 2;
		const start = side.has(e.from) ? [{ x: rects.get(e.from)!.x + rects.get(e.from)!.width, y: cy }] : exitFrom(e);
		l.points = [...start, { x: b.x, y: cy }];
	}
	// Edges that leave the cell: where they leave.
	const exits = new Map<string, { points: Point[]; dir: Point }>();
	for (const e of cellEdges) {
		if (local.has(e.id)) continue;
		exits.set(e.id, { points: exitFrom(e), dir: { x: 1, y: 0 } });
	}
	const cell: Cell = { key, width: Math.ceil(width), height, mainWidth, main, side, chains, stems, rects, chips, local, exits, mirrored: false };
	return mirrored ? mirrorCell(cell) : cell;
}

function mirrorCell(cell: Cell): Cell {
	const fx = (x: number) => cell.width - x;
	const fr = (r: Rect): Rect => ({ ...r, x: cell.width - r.x - r.width });
	const fp = (p: Point): Point => ({ x: fx(p.x), y: p.y });
	return {
		...cell,
		mirrored: true,
		rects: new Map([...cell.rects].map(([k, r]) => [k, fr(r)])),
		chips: new Map([...cell.chips].map(([k, r]) => [k, fr(r)])),
		stems: new Map([...cell.stems].map(([k, lines]) => [k, lines.map((l) => l.map(fp))])),
		local: new Map([...cell.local].map(([k, l]) => [k, { mode: l.mode, points: l.points.map(fp) }])),
		exits: new Map([...cell.exits].map(([k, v]) => [k, { points: v.points.map(fp), dir: { x: -v.dir.x, y: v.dir.y } }]))
	};
}

/**
 * First-fit track assignment of intervals: by `rank`, then shortest first, so that short loops nest
 * inside long ones. Intervals to the same box may share a track: their arrows merge.
 */
function assignTracks(reqs: { id: string; lo: number; hi: number; key: string; rank?: number }[], gap = 10): { track: Map<string, number>; count: number } {
	const sorted = [...reqs].sort(
		(a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.hi - a.lo - (b.hi - b.lo) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
	const tracks: { lo: number; hi: number; key: string }[][] = [];
	const track = new Map<string, number>();
	for (const r of sorted) {
		let t = tracks.findIndex((list) => list.every((o) => o.key === r.key || r.hi + gap < o.lo || o.hi + gap < r.lo));
		if (t < 0) t = tracks.push([]) - 1;
		tracks[t].push(r);
		track.set(r.id, t);
	}
	return { track, count: tracks.length };
}

// ---------------------------------------------------------------------------------------------
// Output helpers

function placeBox(spec: BoxSpec, r: Rect): DiagramBox {
	const textTop = r.y + (r.height - (spec.label ? LABEL_HEIGHT : 0) - spec.lines.length * LINE_HEIGHT) / 2;
	const box: DiagramBox = {
		id: spec.id,
		kind: spec.kind,
		nodeId: spec.nodeId,
		x: r1(r.x),
		y: r1(r.y),
		width: r1(r.width),
		height: r1(r.height),
		lines: spec.lines,
		title: spec.title,
		textX: r1(r.x + r.width / 2),
		lineY: r1(textTop + (spec.label ? LABEL_HEIGHT : 0) + (LINE_HEIGHT + FONT_SIZE * 0.7) / 2),
		lineHeight: LINE_HEIGHT
	};
	if (spec.stepId !== undefined) box.stepId = spec.stepId;
	if (spec.levelId !== undefined) box.levelId = spec.levelId;
	if (spec.label !== undefined) {
		box.label = spec.label;
		box.labelY = r1(textTop + (LABEL_HEIGHT + LABEL_SIZE * 0.7) / 2);
	}
	return box;
}

function chipLabel(e: EdgeSpec, r: Rect): EdgeLabel {
	return {
		text: e.label!.text,
		full: e.label!.full,
		x: r1(r.x),
		y: r1(r.y),
		width: r1(r.width),
		height: r1(r.height),
		textX: r1(r.x + CHIP_PAD),
		textY: r1(r.y + (r.height + CHIP_SIZE * 0.7) / 2)
	};
}

/** Tagged options are drawn from their tag, which is the third point of their route. */
function makeEdge(e: EdgeSpec, points: Point[], back: boolean, label?: EdgeLabel, d?: string): DiagramEdge {
	const pts = d ? points.map((p) => ({ x: r1(p.x), y: r1(p.y) })) : simplify(points);
	const drawn = label && !d ? simplify(points.slice(2)) : pts;
	const edge: DiagramEdge = { id: e.id, kind: e.kind, from: e.from, to: e.to, back, points: pts, d: d ?? roundedPath(drawn) };
	if (e.optionId !== undefined) edge.optionId = e.optionId;
	if (label) edge.label = label;
	return edge;
}

const shiftRect = <R extends Rect>(r: R, dx: number, dy: number): R => ({ ...r, x: r.x + dx, y: r.y + dy });
const shiftPoint = (p: Point, dx: number, dy: number): Point => ({ x: p.x + dx, y: p.y + dy });

function headerLines(title: string, label: string | undefined, width: number) {
	const lines = wrapWidth(title, width, FONT_SIZE);
	const height = (label ? LABEL_HEIGHT + 3 : 0) + lines.length * LINE_HEIGHT;
	return { lines, height };
}

// ---------------------------------------------------------------------------------------------
// Grid layouts: "levels" (a column per level) and "branches" (a row per level, steps side by side)

type GridMode = 'gutterRight' | 'adjacent' | 'top' | 'corridor';

interface GridPlan {
	edge: EdgeSpec;
	mode: GridMode;
	from: { cell: Cell; r: number; c: number };
	to: { cell: Cell; r: number; c: number };
	corridor?: number;
}

function gridLayout(model: Model, shape: 'levels' | 'branches'): Diagram {
	const { flow } = model;
	const levels = flow.levels;
	const rows = shape === 'levels' ? 1 : levels.length;
	const cols = shape === 'levels' ? levels.length : Math.max(...levels.map((l) => l.steps.length));
	const cellKeyOfStep = new Map<string, string>();
	const cellPos = new Map<string, { r: number; c: number; steps: string[] }>();
	levels.forEach((level, li) => {
		if (shape === 'levels') {
			cellPos.set(`c${li}`, { r: 0, c: li, steps: level.steps.map((s) => s.id) });
			for (const s of level.steps) cellKeyOfStep.set(s.id, `c${li}`);
		} else
			level.steps.forEach((s, si) => {
				cellPos.set(`c${li}-${si}`, { r: li, c: si, steps: [s.id] });
				cellKeyOfStep.set(s.id, `c${li}-${si}`);
			});
	});
	const cellOf = (boxId: string) => {
		const h = model.home.get(boxId);
		return h === undefined ? undefined : cellKeyOfStep.get(h);
	};
	const ctx: CellContext = { model, cellOf };
	const cells = new Map<string, Cell>();
	for (const [key, pos] of cellPos) cells.set(key, buildCell(ctx, key, pos.steps, true));
	const grid: (Cell | undefined)[][] = Array.from({ length: rows }, () => Array<Cell | undefined>(cols).fill(undefined));
	for (const [key, pos] of cellPos) grid[pos.r][pos.c] = cells.get(key);
	const cellOfBox = new Map<string, Cell>();
	for (const cell of cells.values()) for (const id of cell.rects.keys()) cellOfBox.set(id, cell);

	// Plans for the edges between cells.
	const plans: GridPlan[] = [];
	for (const e of model.edges) {
		const fc = cellOfBox.get(e.from);
		const tc = cellOfBox.get(e.to);
		if (!fc || !tc || fc.local.has(e.id)) continue;
		const from = { cell: fc, ...cellPos.get(fc.key)! };
		const to = { cell: tc, ...cellPos.get(tc.key)! };
		let mode: GridMode;
		if (fc === tc) mode = 'gutterRight';
		else if (shape === 'branches' && tc.main[0] === e.to && !(from.r === to.r && to.c === from.c + 1)) mode = 'top';
		else if (to.c === from.c + 1) mode = 'adjacent';
		else if (to.c === from.c) mode = 'gutterRight';
		else mode = 'corridor';
		plans.push({ edge: e, mode, from, to });
	}

	// Header sizes.
	const headerW = shape === 'branches' ? 200 : 0;
	const colW = Array.from({ length: cols }, (_, c) => Math.max(MIN_BOX, ...grid.map((row) => row[c]?.width ?? 0)));
	const rowH = Array.from({ length: rows }, (_, r) => Math.max(0, ...grid[r].map((cell) => cell?.height ?? 0)));
	const headers = levels.map((level, li) => {
		const width = shape === 'levels' ? colW[li] : headerW;
		return headerLines(level.title, level.label, width);
	});
	const headerH = shape === 'levels' ? Math.max(...headers.map((h) => h.height)) : 0;
	if (shape === 'branches') levels.forEach((_, li) => (rowH[li] = Math.max(rowH[li], headers[li].height)));

	let gutterW = Array<number>(cols + 1).fill(0);
	let corridorH = Array<number>(rows + 1).fill(0);
	const minGutter = (g: number) => (g === 0 || g === cols ? MARGIN : 2 * CH_PAD);
	const minCorridor = (k: number) => (k === 0 || k === rows ? MARGIN : 2 * CH_PAD);
	gutterW = gutterW.map((_, g) => minGutter(g));
	corridorH = corridorH.map((_, k) => minCorridor(k));

	interface Geometry {
		gutterX: number[];
		corridorY: number[];
		cellX: number[];
		cellY: number[];
		width: number;
		height: number;
		bandX: number[];
		bandY: number[];
	}
	const geometry = (): Geometry => {
		const gutterX: number[] = [];
		const cellX: number[] = [];
		const bandX: number[] = [];
		let x = 0;
		if (shape === 'branches') x = MARGIN + headerW + BAND_PAD;
		for (let c = 0; c <= cols; c++) {
			gutterX[c] = x;
			x += gutterW[c];
			if (c === cols) break;
			bandX[c] = x;
			if (shape === 'levels') x += BAND_PAD;
			cellX[c] = x;
			x += colW[c];
			if (shape === 'levels') x += BAND_PAD;
		}
		const width = x + (shape === 'branches' ? BAND_PAD : 0);
		const corridorY: number[] = [];
		const cellY: number[] = [];
		const bandY: number[] = [];
		let y = 0;
		for (let r = 0; r <= rows; r++) {
			corridorY[r] = y;
			y += corridorH[r];
			if (r === rows) break;
			bandY[r] = y;
			y += BAND_PAD + (shape === 'levels' ? headerH + BAND_PAD : 0);
			cellY[r] = y;
			y += rowH[r] + BAND_PAD;
		}
		return { gutterX, corridorY, cellX, cellY, width, height: y, bandX, bandY };
	};
	const abs = (g: Geometry, cell: Cell, p: Point): Point => {
		const pos = cellPos.get(cell.key)!;
		return { x: p.x + g.cellX[pos.c], y: p.y + g.cellY[pos.r] };
	};
	const absRect = (g: Geometry, cell: Cell, r: Rect): Rect => ({ ...r, ...abs(g, cell, r) });

	/** Where the route arrives on the target: its top, or the middle of its left or right side. */
	const entryPoint = (g: Geometry, plan: GridPlan): Point => {
		const r = absRect(g, plan.to.cell, plan.to.cell.rects.get(plan.edge.to)!);
		if (plan.mode === 'top') return { x: r.x + r.width / 2, y: r.y };
		const y = r.y + r.height / 2;
		if (plan.mode === 'gutterRight') return { x: r.x + r.width, y };
		return { x: r.x, y };
	};
	const exitPoint = (g: Geometry, plan: GridPlan): Point => abs(g, plan.from.cell, plan.from.cell.exits.get(plan.edge.id)!.points.at(-1)!);

	// Where a box has arrows both leaving and arriving on its right side, they are set apart.
	const rightOut = new Set(plans.map((p) => p.edge.from));
	const rightIn = new Set([
		...plans.filter((p) => p.mode === 'gutterRight').map((p) => p.edge.to),
		...[...cells.values()].flatMap((c) => [...c.local].filter(([, l]) => l.mode === 'local').map(([id]) => model.edges.find((e) => e.id === id)!.to))
	]);
	const both = new Set([...rightOut].filter((id) => rightIn.has(id)));
	// Entering on the left from the next gutter: a single arrow whose height fits goes straight across.
	const leftCount = new Map<string, number>();
	for (const p of plans) if (p.mode === 'adjacent' || p.mode === 'corridor') leftCount.set(p.edge.to, (leftCount.get(p.edge.to) ?? 0) + 1);

	const corridorMid = (g: Geometry, k: number) => g.corridorY[k] + corridorH[k] / 2;
	const gutterMid = (g: Geometry, k: number) => g.gutterX[k] + gutterW[k] / 2;

	interface Req {
		id: string;
		lo: number;
		hi: number;
		key: string;
		/** Tracks nearer the gutter's side first go to arrows that turn towards that side. */
		rank?: number;
	}
	let assigned = {
		gutter: new Map<string, { group: 'L' | 'M' | 'R'; t: number }>(),
		gutterCount: Array.from({ length: cols + 1 }, () => ({ L: 0, M: 0, R: 0 })),
		corridor: new Map<string, number>(),
		corridorCount: Array<number>(rows + 1).fill(0)
	};
	let g = geometry();
	const endsOf = (plan: GridPlan, geo: Geometry) => {
		const P0 = exitPoint(geo, plan);
		const box = plan.from.cell.exits.get(plan.edge.id)!;
		const P = both.has(plan.edge.from) && box.points.length === 1 ? { ...P0, y: P0.y + 7 } : P0;
		let T = entryPoint(geo, plan);
		if (plan.mode === 'gutterRight' && both.has(plan.edge.to)) T = { ...T, y: T.y - 7 };
		if (plan.mode === 'adjacent' && leftCount.get(plan.edge.to) === 1) {
			const r = absRect(geo, plan.to.cell, plan.to.cell.rects.get(plan.edge.to)!);
			if (P.y >= r.y + 10 && P.y <= r.y + r.height - 10) T = { ...T, y: P.y };
		}
		return { P, T };
	};
	for (let iteration = 0; iteration < 6; iteration++) {
		g = geometry();
		if (iteration === 0)
			for (const plan of plans)
				if (plan.mode === 'corridor') {
					const { P, T } = endsOf(plan, g);
					let best = 0;
					let cost = Infinity;
					const ks = shape === 'levels' ? [0, rows] : Array.from({ length: rows + 1 }, (_, k) => k);
					for (const k of ks) {
						const c = Math.abs(P.y - corridorMid(g, k)) + Math.abs(T.y - corridorMid(g, k));
						if (c < cost - 0.5) {
							cost = c;
							best = k;
						}
					}
					plan.corridor = best;
				}
		const gutterReqs = Array.from({ length: cols + 1 }, () => ({ L: [] as Req[], M: [] as Req[], R: [] as Req[] }));
		const corridorReqs = Array.from({ length: rows + 1 }, () => [] as Req[]);
		const span = (a: number, b: number) => ({ lo: Math.min(a, b), hi: Math.max(a, b) });
		const key = (p: GridPlan) => p.edge.to;
		for (const plan of plans) {
			const { P, T } = endsOf(plan, g);
			const id = plan.edge.id;
			const gl = plan.from.c + 1;
			if (plan.mode === 'gutterRight') gutterReqs[gl].L.push({ id, ...span(P.y, T.y), key: key(plan) });
			else if (plan.mode === 'adjacent') {
				if (Math.abs(P.y - T.y) > 0.5) gutterReqs[gl].M.push({ id, ...span(P.y, T.y), key: key(plan) });
			} else {
				const k = plan.mode === 'top' ? plan.to.r : plan.corridor!;
				const cy0 = g.corridorY[k];
				const cy1 = cy0 + corridorH[k];
				const gx0 = g.gutterX[gl];
				const gx1 = gx0 + gutterW[gl];
				const towards = plan.mode === 'top' ? T.x : g.gutterX[plan.to.c];
				gutterReqs[gl].L.push({ id, lo: Math.min(P.y, cy0), hi: Math.max(P.y, cy1), key: key(plan), rank: towards < gx0 ? 0 : 1 });
				if (plan.mode === 'top') corridorReqs[k].push({ id, lo: Math.min(gx0, T.x), hi: Math.max(gx1, T.x), key: key(plan) });
				else {
					const g2 = plan.to.c;
					const hx0 = g.gutterX[g2];
					const hx1 = hx0 + gutterW[g2];
					corridorReqs[k].push({ id, lo: Math.min(gx0, hx0), hi: Math.max(gx1, hx1), key: key(plan) });
					gutterReqs[g2].R.push({ id: `${id}#2`, lo: Math.min(T.y, cy0), hi: Math.max(T.y, cy1), key: key(plan), rank: g2 < gl ? 0 : 1 });
				}
			}
		}
		const next = {
			gutter: new Map<string, { group: 'L' | 'M' | 'R'; t: number }>(),
			gutterCount: gutterReqs.map(() => ({ L: 0, M: 0, R: 0 })),
			corridor: new Map<string, number>(),
			corridorCount: corridorReqs.map(() => 0)
		};
		gutterReqs.forEach((groups, gi) => {
			for (const group of ['L', 'M', 'R'] as const) {
				const { track, count } = assignTracks(groups[group], 14);
				next.gutterCount[gi][group] = count;
				for (const [id, t] of track) next.gutter.set(id, { group, t });
			}
		});
		corridorReqs.forEach((reqs, k) => {
			const { track, count } = assignTracks(reqs, 14);
			next.corridorCount[k] = count;
			for (const [id, t] of track) next.corridor.set(id, t);
		});
		assigned = next;
		const newGutter = next.gutterCount.map((c, gi) => Math.max(minGutter(gi), c.L + c.M + c.R ? 2 * CH_PAD + (c.L + c.M + c.R - 1) * TRACK : 0));
		const newCorridor = next.corridorCount.map((n, k) => Math.max(minCorridor(k), n ? 2 * CH_PAD + (n - 1) * TRACK : 0));
		const same = newGutter.every((w, i) => w === gutterW[i]) && newCorridor.every((h, i) => h === corridorH[i]);
		gutterW = newGutter;
		corridorH = newCorridor;
		if (same) break;
	}
	g = geometry();

	const gutterTrackX = (gi: number, id: string) => {
		const a = assigned.gutter.get(id);
		if (!a) return gutterMid(g, gi);
		const c = assigned.gutterCount[gi];
		const x0 = g.gutterX[gi];
		if (a.group === 'L') return x0 + CH_PAD + a.t * TRACK;
		if (a.group === 'M') return x0 + CH_PAD + (c.L + a.t) * TRACK;
		return x0 + gutterW[gi] - CH_PAD - a.t * TRACK;
	};
	const corridorTrackY = (k: number, id: string) => {
		const t = assigned.corridor.get(id) ?? 0;
		const y0 = g.corridorY[k];
		const h = corridorH[k];
		const topFirst = k === rows && rows > 0 && k !== 0;
		return topFirst ? y0 + CH_PAD + t * TRACK : y0 + h - CH_PAD - t * TRACK;
	};

	// Output.
	const boxes: DiagramBox[] = [];
	const chipRects = new Map<string, Rect>();
	const orderIndex = new Map<string, number>();
	const cellsInOrder = [...cellPos.keys()].sort((a, b) => {
		const pa = cellPos.get(a)!;
		const pb = cellPos.get(b)!;
		return pa.r - pb.r || pa.c - pb.c;
	});
	for (const key of cellsInOrder) {
		const cell = cells.get(key)!;
		for (const id of cell.main) {
			orderIndex.set(id, orderIndex.size);
			for (const e of model.outgoing.get(id)!) for (const sid of cell.chains.get(e.id) ?? []) orderIndex.set(sid, orderIndex.size);
		}
		// In reading order: each question's side boxes follow it.
		for (const [id, r] of cell.rects) boxes.push(placeBox(model.boxes.get(id)!, absRect(g, cell, r)));
		for (const [eid, r] of cell.chips) chipRects.set(eid, absRect(g, cell, r));
	}
	const isBack = (e: EdgeSpec) => (orderIndex.get(e.to) ?? 0) <= (orderIndex.get(e.from) ?? 0);

	const edges: DiagramEdge[] = [];
	const planById = new Map(plans.map((p) => [p.edge.id, p]));
	for (const e of model.edges) {
		const fc = cellOfBox.get(e.from);
		if (!fc) continue;
		const chip = chipRects.get(e.id);
		const label = chip ? chipLabel(e, chip) : undefined;
		const l = fc.local.get(e.id);
		if (l) {
			edges.push(makeEdge(e, l.points.map((p) => abs(g, fc, p)), isBack(e), label));
			continue;
		}
		const plan = planById.get(e.id);
		if (!plan) continue;
		const { P, T } = endsOf(plan, g);
		const start = fc.exits.get(e.id)!.points.map((p) => abs(g, fc, p));
		start[start.length - 1] = P;
		const gl = plan.from.c + 1;
		const xa = gutterTrackX(gl, e.id);
		let points: Point[];
		if (plan.mode === 'gutterRight' || plan.mode === 'adjacent') points = [...start, { x: xa, y: P.y }, { x: xa, y: T.y }, T];
		else if (plan.mode === 'top') {
			const yc = corridorTrackY(plan.to.r, e.id);
			points = [...start, { x: xa, y: P.y }, { x: xa, y: yc }, { x: T.x, y: yc }, T];
		} else {
			const yc = corridorTrackY(plan.corridor!, e.id);
			const xb = gutterTrackX(plan.to.c, `${e.id}#2`);
			points = [...start, { x: xa, y: P.y }, { x: xa, y: yc }, { x: xb, y: yc }, { x: xb, y: T.y }, T];
		}
		edges.push(makeEdge(e, points, isBack(e), label));
	}

	const bands: DiagramBand[] = levels.map((level, li) => {
		const h = headers[li];
		if (shape === 'levels') {
			const x = g.bandX[li];
			const y = g.bandY[0];
			const top = y + BAND_PAD;
			return {
				id: level.id,
				kind: 'column',
				...(level.label !== undefined ? { label: level.label, labelY: r1(top + (LABEL_HEIGHT + HEADER_SIZE * 0.7) / 2) } : {}),
				title: level.title,
				lines: h.lines,
				x: r1(x),
				y: r1(y),
				width: r1(colW[li] + 2 * BAND_PAD),
				height: r1(g.corridorY[1] - y),
				textX: r1(x + BAND_PAD),
				anchor: 'start',
				lineY: r1(top + (level.label ? LABEL_HEIGHT + 3 : 0) + (LINE_HEIGHT + FONT_SIZE * 0.7) / 2),
				lineHeight: LINE_HEIGHT
			};
		}
		const y = g.bandY[li];
		const top = y + BAND_PAD;
		return {
			id: level.id,
			kind: 'row',
			...(level.label !== undefined ? { label: level.label, labelY: r1(top + (LABEL_HEIGHT + HEADER_SIZE * 0.7) / 2) } : {}),
			title: level.title,
			lines: h.lines,
			x: MARGIN,
			y: r1(y),
			width: r1(g.width - MARGIN),
			height: r1(rowH[li] + 2 * BAND_PAD),
			textX: MARGIN + BAND_PAD,
			anchor: 'start',
			lineY: r1(top + (level.label ? LABEL_HEIGHT + 3 : 0) + (LINE_HEIGHT + FONT_SIZE * 0.7) / 2),
			lineHeight: LINE_HEIGHT
		};
	});
	const width = Math.ceil(shape === 'branches' ? g.width + MARGIN : g.width);
	const stems = stemPaths(cellsInOrder.map((key) => ({ cell: cells.get(key)!, at: (p: Point) => abs(g, cells.get(key)!, p) })));
	return { shape, width, height: Math.ceil(g.height), bands, boxes, edges, stems };
}

// ---------------------------------------------------------------------------------------------
// Circle layout: the steps on a ring, clockwise from the top; each step's questions and outcomes in a
// group outside the ring beside it; the other arrows routed around the boxes.

type Side = 'top' | 'right' | 'bottom' | 'left';
const NORMAL: Record<Side, Point> = { top: { x: 0, y: -1 }, right: { x: 1, y: 0 }, bottom: { x: 0, y: 1 }, left: { x: -1, y: 0 } };

interface Port {
	p: Point;
	dir: Point;
}

function sidePort(r: Rect, side: Side): Port {
	const p =
		side === 'top'
			? { x: r.x + r.width / 2, y: r.y }
			: side === 'bottom'
				? { x: r.x + r.width / 2, y: r.y + r.height }
				: side === 'left'
					? { x: r.x, y: r.y + r.height / 2 }
					: { x: r.x + r.width, y: r.y + r.height / 2 };
	return { p, dir: NORMAL[side] };
}

interface Seg {
	a: Point;
	b: Point;
	key: string;
}

function segHitsRect(a: Point, b: Point, r: Rect, pad: number): boolean {
	const x0 = Math.min(a.x, b.x);
	const x1 = Math.max(a.x, b.x);
	const y0 = Math.min(a.y, b.y);
	const y1 = Math.max(a.y, b.y);
	if (x0 === x1 || y0 === y1)
		return x1 > r.x - pad && x0 < r.x + r.width + pad && y1 > r.y - pad && y0 < r.y + r.height + pad;
	// Diagonal (arcs approximated as chords): sample.
	for (let i = 0; i <= 20; i++) {
		const x = a.x + ((b.x - a.x) * i) / 20;
		const y = a.y + ((b.y - a.y) * i) / 20;
		if (x > r.x - pad && x < r.x + r.width + pad && y > r.y - pad && y < r.y + r.height + pad) return true;
	}
	return false;
}

function segCross(a: Point, b: Point, c: Point, d: Point): boolean {
	const o = (p: Point, q: Point, r: Point) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
	return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
}

function segOverlap(a: Point, b: Point, c: Point, d: Point): boolean {
	if (a.x === b.x && c.x === d.x && Math.abs(a.x - c.x) < 5)
		return Math.min(Math.max(a.y, b.y), Math.max(c.y, d.y)) - Math.max(Math.min(a.y, b.y), Math.min(c.y, d.y)) > 2;
	if (a.y === b.y && c.y === d.y && Math.abs(a.y - c.y) < 5)
		return Math.min(Math.max(a.x, b.x), Math.max(c.x, d.x)) - Math.max(Math.min(a.x, b.x), Math.min(c.x, d.x)) > 2;
	return false;
}

/** The best orthogonal route from one of `from` to one of `to` that passes no obstacle. */
function route(from: Port[], to: Port[], obstacles: Rect[], ends: Rect[], existing: Seg[], key: string, bounds: Rect): Point[] | undefined {
	const STUB = 18;
	const xs = new Set<number>();
	const ys = new Set<number>();
	for (const r of [...obstacles, ...ends]) {
		xs.add(r.x - 20).add(r.x + r.width + 20);
		ys.add(r.y - 20).add(r.y + r.height + 20);
	}
	xs.add(bounds.x - 30).add(bounds.x + bounds.width + 30);
	ys.add(bounds.y - 30).add(bounds.y + bounds.height + 30);
	let best: Point[] | undefined;
	let bestCost = Infinity;
	const consider = (points: Point[]) => {
		const p = simplify(points);
		for (let i = 1; i < p.length - 1; i++) {
			const d1 = { x: Math.sign(p[i].x - p[i - 1].x), y: Math.sign(p[i].y - p[i - 1].y) };
			const d2 = { x: Math.sign(p[i + 1].x - p[i].x), y: Math.sign(p[i + 1].y - p[i].y) };
			if (d1.x === -d2.x && d1.y === -d2.y) return;
		}
		let cost = 0;
		for (let i = 0; i < p.length - 1; i++) {
			const a = p[i];
			const b = p[i + 1];
			if (a.x !== b.x && a.y !== b.y) return;
			cost += Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
			if (obstacles.some((r) => segHitsRect(a, b, r, 8))) return;
			if (i > 0 && i < p.length - 2 && ends.some((r) => segHitsRect(a, b, r, 4))) return;
			for (const s of existing) {
				if (s.key === key) continue;
				if (segOverlap(a, b, s.a, s.b)) cost += 2000;
				else if (segCross(a, b, s.a, s.b)) cost += 120;
			}
		}
		cost += (p.length - 2) * 40;
		if (cost < bestCost) {
			bestCost = cost;
			best = p;
		}
	};
	for (const s of from)
		for (const t of to) {
			const a = { x: s.p.x + s.dir.x * STUB, y: s.p.y + s.dir.y * STUB };
			const b = { x: t.p.x + t.dir.x * STUB, y: t.p.y + t.dir.y * STUB };
			consider([s.p, a, { x: b.x, y: a.y }, b, t.p]);
			consider([s.p, a, { x: a.x, y: b.y }, b, t.p]);
			for (const m of [...xs, a.x, b.x, (a.x + b.x) / 2]) consider([s.p, a, { x: m, y: a.y }, { x: m, y: b.y }, b, t.p]);
			for (const m of [...ys, a.y, b.y, (a.y + b.y) / 2]) consider([s.p, a, { x: a.x, y: m }, { x: b.x, y: m }, b, t.p]);
		}
	return best;
}

function stemPaths(cells: { cell: Cell; at: (p: Point) => Point }[]): DiagramStem[] {
	return cells.flatMap(({ cell, at }) =>
		[...cell.stems].map(([from, lines]) => ({ from, d: lines.map((l) => roundedPath(simplify(l.map(at)))).join(' ') }))
	);
}

function segments(points: Point[], key: string): Seg[] {
	const out: Seg[] = [];
	for (let i = 0; i < points.length - 1; i++) out.push({ a: points[i], b: points[i + 1], key });
	return out;
}

function circleLayout(model: Model): Diagram {
	const { flow, steps } = model;
	const n = steps.length;
	const cellOf = (boxId: string) => {
		if (boxId.startsWith('step:')) return undefined;
		return model.home.get(boxId);
	};
	const ctx: CellContext = { model, cellOf };

	// Ring boxes, all as wide as the widest.
	const ringW = Math.max(...steps.map((s) => model.boxes.get(model.stepBox(s.id))!.width));
	const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1);
	const ringRect = (i: number, R: number): Rect => {
		const h = model.boxes.get(model.stepBox(steps[i].id))!.height;
		const cx = R * Math.cos(angle(i));
		const cy = R * Math.sin(angle(i));
		return { x: cx - ringW / 2, y: cy - h / 2, width: ringW, height: h };
	};
	let R = n <= 1 ? 0 : 120;
	for (; n > 1 && R < 5000; R += 10) {
		const rects = steps.map((_, i) => ringRect(i, R));
		if (rects.every((a, i) => rects.every((b, j) => j <= i || !overlaps(a, b, 56)))) break;
	}
	const ring = steps.map((_, i) => ringRect(i, R));

	// The centre: the level's title, when there is one level and room for it.
	const bands: DiagramBand[] = [];
	const centre: Rect[] = [];
	if (flow.levels.length === 1 && n >= 3) {
		const level = flow.levels[0];
		const inner = R - ringW / 2 - 40;
		if (inner > 90) {
			const w = Math.min(inner * 1.6, 260);
			const { lines, height } = headerLines(level.title, level.label, w);
			const rect = { x: -w / 2, y: -height / 2, width: w, height };
			bands.push({
				id: level.id,
				kind: 'center',
				...(level.label !== undefined ? { label: level.label, labelY: r1(rect.y + (LABEL_HEIGHT + HEADER_SIZE * 0.7) / 2) } : {}),
				title: level.title,
				lines,
				...rect,
				textX: 0,
				anchor: 'middle',
				lineY: r1(rect.y + (level.label ? LABEL_HEIGHT + 3 : 0) + (LINE_HEIGHT + FONT_SIZE * 0.7) / 2),
				lineHeight: LINE_HEIGHT
			});
			centre.push(rect);
		}
	}

	// Each step's group of questions and outcomes, outside the ring.
	interface Placed {
		cell: Cell;
		x: number;
		y: number;
		side: 'left' | 'right' | 'above' | 'below';
		ring: number;
	}
	const placed: Placed[] = [];
	const cellRect = (p: Placed): Rect => ({ x: p.x, y: p.y, width: p.cell.width, height: p.cell.height });
	steps.forEach((s, i) => {
		const key = s.id;
		const has = [...model.boxes.keys()].some((id) => cellOf(id) === key);
		if (!has) return;
		const a = angle(i);
		const c = Math.cos(a);
		const side: Placed['side'] = n <= 1 ? 'right' : c > 0.35 ? 'right' : c < -0.35 ? 'left' : Math.sin(a) < 0 ? 'above' : 'below';
		const cell = buildCell(ctx, key, [s.id], false, side === 'left');
		const box = ring[i];
		const first = cell.rects.get(cell.main[0]);
		const firstCy = first ? first.y + first.height / 2 : 0;
		const mainX = cell.mirrored ? cell.width - cell.mainWidth : 0;
		let x = 0;
		let y = 0;
		if (side === 'right') {
			x = box.x + box.width + SIDE_GAP;
			y = box.y + box.height / 2 - firstCy;
		} else if (side === 'left') {
			x = box.x - SIDE_GAP - cell.width;
			y = box.y + box.height / 2 - firstCy;
		} else {
			x = box.x + box.width / 2 - mainX - cell.mainWidth / 2;
			y = side === 'above' ? box.y - SIDE_GAP - cell.height : box.y + box.height + SIDE_GAP;
		}
		const p: Placed = { cell, x, y, side, ring: i };
		const step = { left: { x: -16, y: 0 }, right: { x: 16, y: 0 }, above: { x: 0, y: -16 }, below: { x: 0, y: 16 } }[side];
		for (let k = 0; k < 400; k++) {
			const r = cellRect(p);
			const hit = [...ring, ...centre].some((o) => overlaps(r, o, 24)) || placed.some((q) => overlaps(r, cellRect(q), 32));
			if (!hit) break;
			p.x += step.x;
			p.y += step.y;
		}
		placed.push(p);
	});

	// Boxes and tags in place.
	const rects = new Map<string, Rect>();
	steps.forEach((s, i) => rects.set(model.stepBox(s.id), ring[i]));
	const cellOfBox = new Map<string, Placed>();
	const chipRects = new Map<string, Rect>();
	for (const p of placed) {
		for (const [id, r] of p.cell.rects) {
			rects.set(id, shiftRect(r, p.x, p.y));
			cellOfBox.set(id, p);
		}
		for (const [id, r] of p.cell.chips) chipRects.set(id, shiftRect(r, p.x, p.y));
	}
	// Boxes left over (a flow whose nodes have no step): a column right of everything.
	const leftovers = [...model.boxes.keys()].filter((id) => !rects.has(id));
	if (leftovers.length) {
		const all = [...rects.values()];
		const x = Math.max(...all.map((r) => r.x + r.width)) + 80;
		let y = Math.min(...all.map((r) => r.y));
		for (const id of leftovers) {
			const b = model.boxes.get(id)!;
			rects.set(id, { x, y, width: b.width, height: b.height });
			y += b.height + V_GAP;
		}
	}

	const orderIndex = new Map<string, number>();
	steps.forEach((s) => {
		orderIndex.set(model.stepBox(s.id), orderIndex.size);
		const p = placed.find((q) => q.cell.key === s.id);
		if (p) for (const id of p.cell.rects.keys()) orderIndex.set(id, orderIndex.size);
	});
	for (const id of leftovers) orderIndex.set(id, orderIndex.size);
	const isBack = (e: EdgeSpec) => (orderIndex.get(e.to) ?? 0) <= (orderIndex.get(e.from) ?? 0);

	// Edges: inside groups, step to group, along the ring, then the rest around the boxes.
	const routed = new Map<string, { points: Point[]; arc?: { r: number; large: number } }>();
	const existing: Seg[] = [];
	const ringIndex = new Map(steps.map((s, i) => [model.stepBox(s.id), i]));
	const clusterSide = new Map<string, Side>();
	for (const p of placed) {
		const stepId = steps[p.ring].id;
		const first = p.cell.main[0];
		if (!first) continue;
		const box = ring[p.ring];
		const fr = rects.get(first)!;
		let points: Point[];
		if (p.side === 'right') points = [{ x: box.x + box.width, y: box.y + box.height / 2 }, { x: fr.x, y: box.y + box.height / 2 }];
		else if (p.side === 'left') points = [{ x: box.x, y: box.y + box.height / 2 }, { x: fr.x + fr.width, y: box.y + box.height / 2 }];
		else if (p.side === 'below') points = [{ x: box.x + box.width / 2, y: box.y + box.height }, { x: box.x + box.width / 2, y: fr.y }];
		else {
			const xv = Math.min(box.x, fr.x) - 20;
			points = [
				{ x: box.x, y: box.y + box.height / 2 },
				{ x: xv, y: box.y + box.height / 2 },
				{ x: xv, y: fr.y + fr.height / 2 },
				{ x: fr.x, y: fr.y + fr.height / 2 }
			];
		}
		clusterSide.set(model.stepBox(stepId), p.side === 'right' ? 'right' : p.side === 'below' ? 'bottom' : 'left');
		const entry = model.edges.find((e) => e.kind === 'entry' && e.from === model.stepBox(stepId) && e.to === first);
		if (entry) {
			routed.set(entry.id, { points });
			existing.push(...segments(points, entry.to));
		}
	}
	for (const e of model.edges) {
		if (routed.has(e.id)) continue;
		const p = cellOfBox.get(e.from);
		const l = p?.cell.local.get(e.id);
		if (p && l) {
			const points = l.points.map((q) => shiftPoint(q, p.x, p.y));
			routed.set(e.id, { points });
			existing.push(...segments(points, e.to));
		}
	}
	// Along the ring: a step to the next one clockwise.
	/** The angle where the ring leaves box i, searching from its centre angle `from` towards `towards`. */
	const ringEnd = (i: number, towards: number, from: number): number => {
		const r = ring[i];
		const inside = (t: number) => {
			const x = R * Math.cos(t);
			const y = R * Math.sin(t);
			return x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
		};
		let lo = from;
		let hi = towards;
		if (!inside(lo)) return lo;
		for (let k = 0; k < 40; k++) {
			const mid = (lo + hi) / 2;
			if (inside(mid)) lo = mid;
			else hi = mid;
		}
		return (lo + hi) / 2;
	};
	for (const e of model.edges) {
		if (routed.has(e.id) || n < 2) continue;
		const i = ringIndex.get(e.from);
		const j = ringIndex.get(e.to);
		if (i === undefined || j === undefined || j !== (i + 1) % n) continue;
		const a0 = angle(i);
		let a1 = angle(j);
		if (a1 <= a0) a1 += 2 * Math.PI;
		const s = ringEnd(i, a1, a0);
		const t = ringEndBack(ring[j], R, a1, s);
		const points: Point[] = [];
		for (let k = 0; k <= 12; k++) {
			const u = s + ((t - s) * k) / 12;
			points.push({ x: R * Math.cos(u), y: R * Math.sin(u) });
		}
		routed.set(e.id, { points, arc: { r: R, large: t - s > Math.PI ? 1 : 0 } });
		existing.push(...segments(points, e.to));
	}
	// Everything else: routed around the boxes.
	const allRects = [...rects.values()];
	const bounds = {
		x: Math.min(...allRects.map((r) => r.x)),
		y: Math.min(...allRects.map((r) => r.y)),
		width: 0,
		height: 0
	};
	bounds.width = Math.max(...allRects.map((r) => r.x + r.width)) - bounds.x;
	bounds.height = Math.max(...allRects.map((r) => r.y + r.height)) - bounds.y;
	const chipsAll = [...chipRects.values()];
	for (const e of model.edges) {
		if (routed.has(e.id)) continue;
		const fr = rects.get(e.from)!;
		const tr = rects.get(e.to)!;
		const pf = cellOfBox.get(e.from);
		const pt = cellOfBox.get(e.to);
		let prefix: Point[] = [];
		let fromPorts: Port[];
		const exit = pf?.cell.exits.get(e.id);
		const chip = chipRects.get(e.id);
		if (pf && exit && chip) {
			prefix = exit.points.map((q) => shiftPoint(q, pf.x, pf.y));
			fromPorts = [{ p: prefix.at(-1)!, dir: exit.dir }];
			prefix = prefix.slice(0, -1);
		} else {
			const inner: Side | undefined = pf ? (pf.cell.mirrored ? 'right' : 'left') : clusterSide.get(e.from);
			const sides: Side[] = pf && pf.cell.main.includes(e.from) ? [pf.cell.mirrored ? 'left' : 'right', 'bottom'] : (['top', 'right', 'bottom', 'left'] as Side[]).filter((sd) => sd !== inner);
			fromPorts = sides.map((sd) => sidePort(fr, sd));
		}
		const inner: Side | undefined = pt ? (pt.cell.mirrored ? 'right' : 'left') : clusterSide.get(e.to);
		const toSides: Side[] = pt ? (pt.cell.main.includes(e.to) ? [pt.cell.mirrored ? 'left' : 'right', 'top'] : [inner!]) : (['top', 'right', 'bottom', 'left'] as Side[]).filter((sd) => sd !== inner);
		const toPorts = toSides.map((sd) => sidePort(tr, sd));
		const others = [...allRects.filter((r) => r !== fr && r !== tr), ...chipsAll.filter((r) => r !== chip), ...centre];
		const found = route(fromPorts, toPorts, others, [fr, tr], existing, e.to, bounds);
		const points = found ? [...prefix, ...found] : [...prefix, fromPorts[0].p, toPorts[0].p];
		routed.set(e.id, { points });
		existing.push(...segments(points, e.to));
	}

	// Everything moved so that it starts at the margin.
	const xsAll: number[] = [];
	const ysAll: number[] = [];
	for (const r of [...rects.values(), ...chipRects.values(), ...bands]) {
		xsAll.push(r.x, r.x + r.width);
		ysAll.push(r.y, r.y + r.height);
	}
	for (const r of routed.values())
		for (const p of r.points) {
			xsAll.push(p.x);
			ysAll.push(p.y);
		}
	const dx = MARGIN - Math.min(...xsAll);
	const dy = MARGIN - Math.min(...ysAll);
	const width = Math.ceil(Math.max(...xsAll) + dx + MARGIN);
	const height = Math.ceil(Math.max(...ysAll) + dy + MARGIN);

	const boxes: DiagramBox[] = [];
	for (const id of [...orderIndex.keys()]) boxes.push(placeBox(model.boxes.get(id)!, shiftRect(rects.get(id)!, dx, dy)));
	const edges: DiagramEdge[] = [];
	for (const e of model.edges) {
		const r = routed.get(e.id);
		if (!r) continue;
		const chip = chipRects.get(e.id);
		const label = chip ? chipLabel(e, shiftRect(chip, dx, dy)) : undefined;
		if (r.arc) {
			const [a, b] = [r.points[0], r.points.at(-1)!].map((p) => shiftPoint(p, dx, dy));
			const d = `M${r1(a.x)} ${r1(a.y)} A${r1(r.arc.r)} ${r1(r.arc.r)} 0 ${r.arc.large} 1 ${r1(b.x)} ${r1(b.y)}`;
			edges.push(makeEdge(e, [a, b], isBack(e), label, d));
		} else edges.push(makeEdge(e, r.points.map((p) => shiftPoint(p, dx, dy)), isBack(e), label));
	}
	const shiftedBands = bands.map((b) => ({
		...b,
		x: r1(b.x + dx),
		y: r1(b.y + dy),
		textX: r1(b.textX + dx),
		lineY: r1(b.lineY + dy),
		...(b.labelY !== undefined ? { labelY: r1(b.labelY + dy) } : {})
	}));
	const stems = stemPaths(placed.map((p) => ({ cell: p.cell, at: (q: Point) => shiftPoint(q, p.x + dx, p.y + dy) })));
	return { shape: 'circle', width, height, bands: shiftedBands, boxes, edges, stems, ring: { cx: r1(dx), cy: r1(dy), r: r1(R) } };
}

/** The angle where the ring enters box `r` when coming from angle `from` towards its centre `centre`. */
function ringEndBack(r: Rect, R: number, centre: number, from: number): number {
	const inside = (t: number) => {
		const x = R * Math.cos(t);
		const y = R * Math.sin(t);
		return x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
	};
	let lo = from;
	let hi = centre;
	for (let k = 0; k < 40; k++) {
		const mid = (lo + hi) / 2;
		if (inside(mid)) hi = mid;
		else lo = mid;
	}
	return (lo + hi) / 2;
}

// ---------------------------------------------------------------------------------------------

/** Lays out the overview diagram of a flow according to its `shape` ("levels" for any other). */
export function layoutDiagram(flow: LocalFlow): Diagram {
	const model = buildModel(flow);
	const shape: DiagramShape = flow.shape === 'circle' || flow.shape === 'branches' ? flow.shape : 'levels';
	if (shape === 'circle' && model.steps.length > 0) return circleLayout(model);
	return gridLayout(model, shape === 'branches' ? 'branches' : 'levels');
}
