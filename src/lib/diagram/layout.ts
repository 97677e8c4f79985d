// The trainers' overview diagram of a flow, laid out by ELK (elkjs): a box per step, decision and outcome, an arrow
// per way on and per answer with its label in full, each level a group. A "circle" flow has its first level's steps
// on a ring, the rest outside it; alternative steps (ved-bekymring's 2a, 2B) stand side by side. Async, free of Node
// and DOM: the caller passes ELK, so this runs at build time and in a browser's web worker alike (README, "Diagrams").
import type { ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api';
import { stepEntry } from '../flow/engine';
import { labelled, nodeHeading } from '../flow/text';
import type { LocalFlow } from '../types';
import { textWidth, widest, wrap } from './measure';

/** What the layout needs of ELK: `new ELK()` from elkjs, in Node or with a web worker. */
export interface Layouter {
	layout(graph: ElkNode): Promise<ElkNode>;
}
export type Ending = 'resolved' | 'onward' | 'report';
export interface DiagramOptions {
	/** The word shown in a box the municipality has not finished, e.g. "uferdig". */
	unfinished: string;
	/** The words above an outcome that says how the walk ends, e.g. { report: "Bekymringsmelding", … }. */
	endings: Record<Ending, string>;
	/** Which way the arrows run (default "DOWN"). */
	direction?: 'DOWN' | 'RIGHT';
}

/** The options in the page's words (the trainers' overview and the studio's canvas). */
export const diagramOptions = (t: (key: string) => string): DiagramOptions => ({
	unfinished: t('overview.unfinished'),
	endings: { resolved: t('overview.ending.resolved'), onward: t('overview.ending.onward'), report: t('overview.ending.report') }
});

export type Point = { x: number; y: number };
export type Rect = Point & { width: number; height: number };
/** Lines from baseline `y`, one every `Diagram.lineHeight`: the bold `label`, the `lines`, the `note` in italics. */
export type TextBlock = Point & { anchor: 'start' | 'middle'; label?: string; lines: string[]; note?: string };
export interface DiagramBox extends Rect {
	/** "step:<step id>" (a step, linking to its first node) or "node:<node id>" (any other node). */
	id: string;
	kind: 'step' | 'question' | 'outcome' | 'action';
	/** The node the box links to; its step and level. */
	nodeId: string;
	stepId?: string;
	levelId?: string;
	/** The full text for the accessible name, e.g. "Trinn 3: Sikre dialog med barnets foreldre". */
	title: string;
	/** Marked in words too: `text.note` is the word "uferdig", `text.label` the ending's words. */
	unfinished?: true;
	ending?: Ending;
	text: TextBlock;
}
export interface DiagramEdge {
	/** "next:<node>", "option:<node>:<option>", "entry:<step>", or "ring:<step>" for the ring's own arcs. */
	id: string;
	kind: 'next' | 'option' | 'entry' | 'ring';
	/** The boxes it joins, and whether it leads to one that comes earlier in the flow (a loop). */
	from: string;
	to: string;
	back: boolean;
	/** From the outline of `from` to the outline of `to` (an arc as many short segments), and as path data. */
	points: Point[];
	d: string;
	/** An answer's label, drawn on its arrow: `text.lines.join(' ')` is the whole label. */
	label?: Rect & { full: string; text: TextBlock };
}
/** A level: its box, and its header's place, which ELK keeps arrows out of. */
export type DiagramBand = Rect & { id: string; title: string; header: Rect; text: TextBlock };
export interface Diagram extends Pick<Rect, 'width' | 'height'> {
	lineHeight: number;
	bands: DiagramBand[];
	boxes: DiagramBox[];
	edges: DiagramEdge[];
	/** Circle flows: the ring the first level's steps sit on, with that level's title in its centre. */
	ring?: { cx: number; cy: number; r: number; text: TextBlock };
}

// Sizes in px at the natural size. Text is the body size of the site's pages, wrapped to the widths *_TEXT.
const FONT = 18, LINE = 24, BASELINE = 17, HEX = 14, GAP = 28, PORT = 10, PAD = { x: 14, y: 10 };
const BOX_TEXT = 220, LABEL_TEXT = 190, HEADER_TEXT = 300;

// ELK's layered algorithm over the whole graph, groups included, with arrows at right angles and coordinates
// relative to the diagram. The flow's own order breaks ties, so answers come in their order where they can.
const LAYERED = {
	'elk.algorithm': 'layered', 'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX', 'elk.hierarchyHandling': 'INCLUDE_CHILDREN', 'elk.edgeRouting': 'ORTHOGONAL',
	'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES', 'elk.json.shapeCoords': 'ROOT', 'elk.json.edgeCoords': 'ROOT',
	'elk.spacing.nodeNode': `${GAP}`, 'elk.layered.spacing.nodeNodeBetweenLayers': `${GAP}`, 'elk.padding': `[top=${GAP / 2},left=${GAP / 2},bottom=${GAP / 2},right=${GAP / 2}]`,
	'elk.spacing.edgeNode': '16', 'elk.layered.spacing.edgeNodeBetweenLayers': '16', 'elk.spacing.edgeEdge': '12', 'elk.layered.spacing.edgeEdgeBetweenLayers': '12'
};

type Block = Omit<TextBlock, 'x' | 'y'>;
type Spec = Omit<DiagramBox, 'x' | 'y' | 'text'> & { text: Block };
type EdgeSpec = Pick<DiagramEdge, 'id' | 'kind' | 'from' | 'to'> & { label?: string };

const block = (label: string | undefined, text: string, width: number, note?: string, anchor: Block['anchor'] = 'middle'): Block => ({ anchor, label, lines: wrap(text, width, FONT), note });
const blockWidth = (t: Block) => Math.ceil(Math.max(widest(t.lines, FONT), textWidth(t.label ?? '', FONT, true), textWidth(t.note ?? '', FONT)));
const blockHeight = (t: Block) => (t.lines.length + (t.label ? 1 : 0) + (t.note ? 1 : 0)) * LINE;
const clash = (a: Rect, b: Rect, gap: number) => a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
const round = (n: number) => Math.round(n * 10) / 10;
const port = (id: string, side: string, x = 0, y = 0) => ({ id, x, y, width: 0, height: 0, layoutOptions: { 'elk.port.side': side } });

/** The boxes (in reading order: a step's box where its first node is) and arrows of a flow, before placing. */
function model(flow: LocalFlow, options: DiagramOptions) {
	const [boxes, edges]: [Spec[], EdgeSpec[]] = [[], []];
	/** Where an arrow to a node points: a step's first node is its step's box. */
	const target = new Map<string, string>();
	const steps = new Map(flow.levels.flatMap((level) => level.steps.map((step) => [step.id, { level, step }])));
	const add = (spec: Omit<Spec, 'width' | 'height' | 'text'>, label: string | undefined, text: string) => {
		const t = block(label, text, BOX_TEXT, spec.unfinished && options.unfinished);
		const width = Math.max(120, blockWidth(t) + 2 * PAD.x + (spec.kind === 'question' ? 2 * HEX : 0));
		boxes.push({ ...spec, text: t, width, height: blockHeight(t) + 2 * PAD.y });
	};
	const stepBox = (stepId: string) => {
		const { level, step } = steps.get(stepId)!;
		const unfinished = flow.nodes.some((n) => n.step === stepId && n.unfinished) || undefined;
		add({ id: `step:${stepId}`, kind: 'step', nodeId: stepEntry(flow, stepId)?.id ?? flow.start, stepId, levelId: level.id, title: labelled(step), unfinished }, step.label, step.title);
		steps.delete(stepId);
		return `step:${stepId}`;
	};
	for (const node of flow.nodes) {
		const step = node.step !== undefined && steps.has(node.step) ? stepBox(node.step) : undefined;
		if (step) target.set(node.id, step);
		if (step && node.kind === 'step') continue;
		const [id, title, levelId] = [`node:${node.id}`, nodeHeading(flow, node), flow.levels.find((l) => l.steps.some((s) => s.id === node.step))?.id];
		const [ending, label] = node.kind === 'outcome' && node.ending ? [node.ending, options.endings[node.ending]] : [];
		add({ id, kind: node.kind === 'step' ? 'action' : node.kind, nodeId: node.id, stepId: node.step, levelId, title: labelled({ label, title }), unfinished: node.unfinished, ending }, label, title);
		if (step) edges.push({ id: `entry:${node.step}`, kind: 'entry', from: step, to: id });
		else target.set(node.id, id);
	}
	for (const stepId of [...steps.keys()]) stepBox(stepId);
	const from = (id: string) => (boxes.some((b) => b.id === `node:${id}`) ? `node:${id}` : target.get(id)!);
	for (const node of flow.nodes) {
		if (node.kind === 'step' && target.has(node.next)) edges.push({ id: `next:${node.id}`, kind: 'next', from: from(node.id), to: target.get(node.next)! });
		if (node.kind === 'question')
			for (const o of node.options)
				if (target.has(o.next)) edges.push({ id: `option:${node.id}:${o.id}`, kind: 'option', from: from(node.id), to: target.get(o.next)!, label: o.label });
	}
	return { boxes, edges };
}

/**
 * The first level of a circle flow on a ring, for ELK one node. Each step has two ports (in, out) on the ring's
 * border straight above or below it, or beside it where another step is in the way.
 */
function ring(steps: Spec[], text: Block) {
	const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / steps.length;
	const place = (r: number) => steps.map((b, i) => ({ ...b, x: r * Math.cos(angle(i)) - b.width / 2, y: r * Math.sin(angle(i)) - b.height / 2 }));
	// The smallest ring with room for an arc between any two steps, and for the title inside.
	let r = blockWidth(text) / 2 + GAP;
	while (place(r).some((a, i, all) => all.some((b, j) => j > i && clash(a, b, 2 * GAP)))) r += 4;
	const at = place(r);
	const half = { x: Math.max(r, ...at.map((b) => Math.max(-b.x, b.x + b.width))) + GAP, y: Math.max(r, ...at.map((b) => Math.max(-b.y, b.y + b.height))) + GAP };
	const ports = at.flatMap((b, i) => {
		const [cx, cy, s] = [b.x + b.width / 2, b.y + b.height / 2, Math.sin(angle(i))];
		const along = { side: s > 0 ? 'SOUTH' : 'NORTH', x: cx, y: Math.sign(s || -1) * half.y, dx: PORT, dy: 0 };
		const across = { side: cx > 0 ? 'EAST' : 'WEST', x: Math.sign(cx) * half.x, y: cy, dx: 0, dy: PORT };
		const lane = { x: cx - PORT, y: Math.min(cy, along.y), width: 2 * PORT, height: Math.abs(along.y - cy) };
		const p = at.some((o) => o !== b && clash(lane, o, 4)) ? across : along;
		return [-1, 1].map((k) => port(`${k < 0 ? 'in' : 'out'}:${b.id}`, p.side, half.x + p.x + k * p.dx, half.y + p.y + k * p.dy));
	});
	/** What hangs off a step whose ports face up, or that sits on the upper half, goes above the ring. */
	const above = new Set(steps.filter((_, i) => ports[2 * i].y === 0 || (ports[2 * i].y < 2 * half.y && Math.sin(angle(i)) < 0)).map((b) => b.stepId));
	return { id: 'ring', r, angle, width: 2 * half.x, height: 2 * half.y, at: new Map(at.map((b) => [b.id, { x: b.x + half.x, y: b.y + half.y }])), ports, above, text };
}

/** Alternative steps side by side, for ELK one node: a step has ports in, out, and for arrows that lead back in~, out~. */
function row(members: Spec[], down: boolean, [fore, aft]: string[]) {
	const t = (p: Point): Point => (down ? p : { x: p.y, y: p.x });
	const depth = Math.max(...members.map((b) => t({ x: b.width, y: b.height }).y));
	const [at, ports] = [new Map<string, Point>(), [] as ElkPort[]];
	let across = 0;
	for (const b of members) {
		const size = t({ x: b.width, y: b.height });
		at.set(b.id, t({ x: across, y: (depth - size.y) / 2 }));
		const spot = (id: string, side: string, x: number, y: number, p = t({ x: across + size.x / 2 + x, y })) => port(`${id}:${b.id}`, side, p.x, p.y);
		ports.push(spot('in', fore, -PORT, 0), spot('out~', fore, PORT, 0), spot('out', aft, -PORT, depth), spot('in~', aft, PORT, depth));
		across += size.x + GAP;
	}
	const { x: width, y: height } = t({ x: across - GAP, y: depth });
	return { id: `row:${members[0].id}`, width, height, at, ports };
}

/** Path data through `points`, corners rounded. */
function path(points: Point[]): string {
	let d = `M${round(points[0].x)} ${round(points[0].y)}`;
	for (let i = 1; i < points.length - 1; i++) {
		const [a, b, c] = [points[i - 1], points[i], points[i + 1]];
		const r = Math.min(8, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
		const towards = (p: Point, l = Math.hypot(p.x - b.x, p.y - b.y) || 1) => `${round(b.x + ((p.x - b.x) * r) / l)} ${round(b.y + ((p.y - b.y) * r) / l)}`;
		d += ` L${towards(a)} Q${round(b.x)} ${round(b.y)} ${towards(c)}`;
	}
	return `${d} L${round(points.at(-1)!.x)} ${round(points.at(-1)!.y)}`;
}

/** Lays out the overview diagram of `flow` with ELK. The same flow and options give the same diagram. */
export async function layoutDiagram(flow: LocalFlow, elk: Layouter, options: DiagramOptions): Promise<Diagram> {
	const { boxes, edges } = model(flow, options);
	const circleLevel = flow.shape === 'circle' ? flow.levels[0] : undefined;
	const ringBoxes = (circleLevel?.steps ?? []).map((s) => boxes.find((b) => b.id === `step:${s.id}`)!);
	const onRing = new Set(ringBoxes.map((b) => b.id));
	const circle = circleLevel && ring(ringBoxes, block(circleLevel.label, circleLevel.title, HEADER_TEXT / 2));
	// An arrow between neighbours on the ring is drawn as the ring's arc; every other arrow is routed by ELK.
	const next = (id: string) => ringBoxes[(ringBoxes.findIndex((b) => b.id === id) + 1) % ringBoxes.length]?.id;
	const isArc = (e: EdgeSpec) => ringBoxes.length > 1 && onRing.has(e.from) && next(e.from) === e.to;
	const down = (options.direction ?? 'DOWN') === 'DOWN';
	const [fore, aft] = down ? ['NORTH', 'SOUTH'] : ['WEST', 'EAST'];
	// The ring and each row of alternative steps are, for ELK, one node with fixed ports: a cluster.
	const rows = flow.levels.flatMap((l) => (l === circleLevel ? [] : l.steps.filter((s) => !s.alternativeTo).map((s) => [s, ...l.steps.filter((a) => a.alternativeTo === s.id)])))
		.filter((steps) => steps.length > 1).map((steps) => row(steps.map((s) => boxes.find((b) => b.id === `step:${s.id}`)!), down, [fore, aft]));
	const cluster = new Map([...(circle ? [circle] : []), ...rows].flatMap((c) => [...c.at.keys()].map((id) => [id, c])));
	const elkNode = (id: string) => cluster.get(id)?.id ?? id;

	// What hangs off the ring goes in the order of its steps from left to right, above the ring or below.
	const x = (b: Spec) => circle?.at.get(`step:${b.stepId}`)?.x ?? 0;
	const loose = boxes.filter((b) => !b.levelId || (b.levelId === circleLevel?.id && !onRing.has(b.id))).sort((a, b) => x(a) - x(b));
	const before = loose.filter((b) => circle?.above.has(b.stepId));
	const after = loose.filter((b) => !before.includes(b));
	// ELK gets an acyclic graph in reading order: an arrow against it (a loop) goes reversed, and is turned back after.
	const rank = new Map<string, number>();
	for (const id of [...before.map((b) => b.id), 'ring', ...boxes.filter((b) => !before.includes(b)).map((b) => elkNode(b.id))]) if (!rank.has(id)) rank.set(id, rank.size);
	const reversed = (e: EdgeSpec) => rank.get(elkNode(e.to))! < rank.get(elkNode(e.from))!;
	// ELK draws a loop from a box to itself badly with labels: it goes to ELK as two arrows to a point below the box.
	const loop = (e: EdgeSpec) => !isArc(e) && elkNode(e.from) === elkNode(e.to);
	const via = (e: EdgeSpec): ElkNode => {
		const n = node({ id: `via:${e.id}`, width: 2, height: 2 }, before.some((b) => b.id === e.from) ? 0 : 2);
		return { ...n, ports: [port(`into:${e.id}`, fore), port(`back:${e.id}`, down ? 'EAST' : 'SOUTH')], layoutOptions: { ...n.layoutOptions, 'elk.portConstraints': 'FIXED_SIDE' } };
	};
	// A question has a port per arrow, so that its answers leave it in their order (after any arrow that arrives on
	// the same side). A step in a cluster has its ports on the cluster's border.
	const questions = new Set(edges.filter((e) => e.kind === 'option').map((e) => e.from));
	const end = (e: EdgeSpec, role: 'from' | 'to') => {
		const back = !onRing.has(e[role]) && (reversed(e) || (loop(e) && role === 'to')) ? '~' : '';
		return cluster.has(e[role]) ? `${role === 'from' ? 'out' : 'in'}${back}:${e[role]}` : questions.has(e[role]) ? `${role}:${e.id}` : e[role];
	};
	const ports = (id: string) => (['to', 'from'] as const).flatMap((role) =>
		edges.filter((e) => e[role] === id && !isArc(e)).map((e) => port(end(e, role), (role === 'from') === !reversed(e) || loop(e) ? aft : fore)));
	// A box, or a cluster with its ports where they are. Partitions keep the ring between what goes above and below it.
	const node = ({ id, width, height, ports: fixed }: Pick<Spec, 'id' | 'width' | 'height'> & { ports?: ElkPort[] }, partition = 2): ElkNode => {
		const order = questions.has(id) && { 'elk.portConstraints': 'FIXED_ORDER', 'elk.spacing.portsSurrounding': `[top=0,left=${2 * HEX},bottom=0,right=${2 * HEX}]` };
		const layoutOptions = { ...(circle && { 'elk.partitioning.partition': `${partition}` }), ...order, ...(fixed && { 'elk.portConstraints': 'FIXED_POS' }) };
		return { id, width, height, ports: fixed ?? (questions.has(id) ? ports(id) : []), layoutOptions };
	};
	const headers = new Map(flow.levels.map((l) => [l.id, block(l.label, l.title, HEADER_TEXT, undefined, 'start')]));
	// A level's header is a node of its own above its boxes, so that no arrow runs through it.
	const groups = flow.levels.flatMap((l): ElkNode[] => {
		const children = boxes.filter((b) => b.levelId === l.id && !onRing.has(b.id));
		if (l === circleLevel || !children.length) return [];
		const header = { id: `header:${l.id}`, width: blockWidth(headers.get(l.id)!), height: blockHeight(headers.get(l.id)!) };
		// Above every box (or row) that nothing in its level leads to (in ELK's direction).
		const ids = [...new Set(children.map((b) => elkNode(b.id)))];
		const first = children.filter((b) => !edges.some((e) => elkNode(e.to) === elkNode(b.id) && ids.includes(elkNode(e.from)) && !loop(e) && !reversed(e)));
		const above = first.map((b) => ({ id: `above:${b.id}`, sources: [header.id], targets: [cluster.has(b.id) ? `in:${b.id}` : b.id] }));
		const layoutOptions = { ...(circle && { 'elk.partitioning.partition': '2' }), 'elk.padding': `[top=${PAD.y},left=${PAD.x},bottom=${PAD.x},right=${PAD.x}]` };
		const loops = edges.filter((e) => loop(e) && children.some((b) => b.id === e.from)).map((e) => via(e));
		const nodes = ids.map((id) => node(rows.find((c) => c.id === id) ?? boxes.find((b) => b.id === id)!));
		return [{ id: `level:${l.id}`, children: [header, ...nodes, ...loops], edges: above, layoutOptions }];
	});
	const laidOut = await elk.layout({
		id: 'root',
		layoutOptions: { ...LAYERED, 'elk.direction': options.direction ?? 'DOWN', 'elk.partitioning.activate': String(!!circle) },
		children: [
			...before.map((b) => node(b, 0)),
			...(circle ? [node(circle, 1)] : []),
			...groups,
			...after.map((b) => node(b)),
			...edges.filter((e) => loop(e) && !groups.some((g) => g.children!.some((c) => c.id === elkNode(e.from)))).map((e) => via(e))
		],
		edges: edges.filter((e) => !isArc(e)).flatMap((e): ElkExtendedEdge[] => {
			const t = e.label === undefined ? undefined : block(undefined, e.label, LABEL_TEXT);
			const labels = t && [{ id: `label:${e.id}`, text: e.label, width: blockWidth(t) + 12, height: blockHeight(t) + 4, layoutOptions: { 'elk.edgeLabels.inline': 'true' } }];
			const ends = [end(e, 'from'), loop(e) ? `into:${e.id}` : end(e, 'to')];
			if (reversed(e)) ends.reverse();
			const back = loop(e) ? [{ id: `${e.id}~`, sources: [end(e, 'to')], targets: [`back:${e.id}`] }] : [];
			return [{ id: e.id, sources: [ends[0]], targets: [ends[1]], labels }, ...back];
		})
	});

	const placed = new Map<string, ElkNode>();
	const visit = (n: ElkNode) => (placed.set(n.id, n), n.children?.forEach(visit));
	visit(laidOut);
	const { x: ox = 0, y: oy = 0 } = placed.get('ring') ?? {};
	const drawn = new Map(boxes.map((b): [string, DiagramBox] => {
		const [o, at] = [placed.get(elkNode(b.id))!, cluster.get(b.id)?.at.get(b.id) ?? { x: 0, y: 0 }];
		const p = { x: o.x! + at.x, y: o.y! + at.y };
		return [b.id, { ...b, ...p, text: { ...b.text, x: p.x + b.width / 2, y: p.y + PAD.y + BASELINE } }];
	}));
	const route = (id: string) =>
		(laidOut.edges!.find((e) => e.id === id)!.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]).map(({ x, y }) => ({ x, y }));
	const routed = laidOut.edges!.filter((e) => !e.id.endsWith('~')).map((e): DiagramEdge => {
		const spec = edges.find((s) => s.id === e.id)!;
		const points: Point[] = [...route(e.id), ...(loop(spec) ? route(`${e.id}~`).reverse() : [])];
		if (reversed(spec)) points.reverse();
		// A step in a cluster is joined straight to its port on the cluster's border.
		const clamp = (v: number, min: number, size: number) => Math.min(Math.max(v, min), min + size);
		const join = (id: string, p: Point, b = drawn.get(id)!) => ({ x: clamp(p.x, b.x, b.width), y: clamp(p.y, b.y, b.height) });
		if (cluster.has(spec.from)) points.unshift(join(spec.from, points[0]));
		if (cluster.has(spec.to)) points.push(join(spec.to, points.at(-1)!));
		const l = e.labels?.[0];
		const t = spec.label === undefined ? undefined : block(undefined, spec.label, LABEL_TEXT);
		const label = l && t && { x: l.x!, y: l.y!, width: l.width!, height: l.height!, full: spec.label!, text: { ...t, x: l.x! + l.width! / 2, y: l.y! + 2 + BASELINE } };
		const back = boxes.findIndex((b) => b.id === spec.to) <= boxes.findIndex((b) => b.id === spec.from);
		return { ...spec, back, points, d: path(points), label };
	});

	let ringOut: Diagram['ring'];
	if (circle) {
		const [cx, cy, r] = [ox + circle.width / 2, oy + circle.height / 2, circle.r];
		const on = (a: number) => ({ x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) });
		const inside = (b: Rect, a: number) => clash({ ...on(a), width: 0, height: 0 }, b, 6);
		// The ring's arcs, between neighbours and from the last step back to the first.
		if (ringBoxes.length > 1) ringBoxes.forEach((b, i) => {
			const [from, to] = [drawn.get(b.id)!, drawn.get(next(b.id))!];
			let [a0, a1] = [circle.angle(i), circle.angle(i + 1)];
			while (inside(from, a0)) a0 += 0.002;
			while (inside(to, a1)) a1 -= 0.002;
			const n = Math.max(2, Math.ceil((a1 - a0) / 0.05));
			const points = Array.from({ length: n + 1 }, (_, k) => on(a0 + ((a1 - a0) * k) / n));
			const spec = edges.find((e) => isArc(e) && e.from === b.id);
			const d = `M${round(points[0].x)} ${round(points[0].y)} A${round(r)} ${round(r)} 0 0 1 ${round(points[n].x)} ${round(points[n].y)}`;
			routed.push({ id: spec?.id ?? `ring:${b.stepId}`, kind: spec?.kind ?? 'ring', from: b.id, to: to.id, back: false, points, d });
		});
		ringOut = { cx, cy, r, text: { ...circle.text, x: cx, y: cy - blockHeight(circle.text) / 2 + BASELINE } };
	}
	const bands = flow.levels.flatMap((l): DiagramBand[] => {
		const [g, h] = [placed.get(`level:${l.id}`), placed.get(`header:${l.id}`)];
		if (!g || !h) return [];
		const [box, header] = [g, h].map((n) => ({ x: n.x!, y: n.y!, width: n.width!, height: n.height! }));
		return [{ id: l.id, title: labelled(l), ...box, header, text: { ...headers.get(l.id)!, x: h.x!, y: h.y! + BASELINE - (LINE - FONT) / 2 } }];
	});
	return { width: Math.ceil(laidOut.width!), height: Math.ceil(laidOut.height!), lineHeight: LINE, bands, boxes: [...drawn.values()], edges: routed, ring: ringOut };
}
