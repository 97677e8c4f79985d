// The wizard engine: pure functions over a flow and the answers given so far. No Svelte, no DOM.
// Works on a bilingual Flow and on a localized one alike: it only reads ids and links.

/** The choice id of a step's single way on ("Neste"). */
export const CONTINUE = 'neste';

export interface GraphOption {
	id: string;
	next: string;
}
export interface GraphNode {
	kind: 'step' | 'question' | 'outcome';
	id: string;
	step?: string;
	next?: string;
	options?: readonly GraphOption[];
}
export interface GraphLevel {
	id: string;
	steps: readonly { id: string; alternativeTo?: string }[];
}
export interface Graph<N extends GraphNode = GraphNode, L extends GraphLevel = GraphLevel> {
	start: string;
	nodes: readonly N[];
	levels: readonly L[];
}

/** Where a walk begins (the flow's start, or the page the user first opened) and the choices made since. */
export interface Trail {
	from: string;
	answers: readonly string[];
}

export interface Walk<N> {
	/** Nodes visited, from `trail.from` to the current node. */
	path: N[];
	/** The answers that were valid, one per step of `path` (so `path.length === answers.length + 1`). */
	answers: string[];
	current: N;
}

export interface Position<L extends GraphLevel> {
	level: L;
	step: L['steps'][number];
	/** 1-based place of the step within its level; alternatives ("2a" or "2B") share one place. */
	index: number;
	/** Places in the level. */
	count: number;
	/** The other steps at the same place, when the step is one of several alternatives. */
	alternatives: L['steps'][number][];
	/** Levels in the flow: with one, the level need not be named. */
	levels: number;
}

const indexes = new WeakMap<object, Map<string, GraphNode>>();

function nodeMap<N extends GraphNode>(flow: Graph<N>): Map<string, N> {
	let map = indexes.get(flow);
	if (!map) indexes.set(flow, (map = new Map(flow.nodes.map((n) => [n.id, n]))));
	return map as Map<string, N>;
}

export function findNode<N extends GraphNode>(flow: Graph<N>, id: string): N | undefined {
	return nodeMap(flow).get(id);
}

export function startTrail(flow: Graph, from: string = flow.start): Trail {
	return { from: findNode(flow, from) ? from : flow.start, answers: [] };
}

/** The ways on from a node: a step's single "neste", a question's options, nothing at an outcome. */
export function choices(node: GraphNode): GraphOption[] {
	if (node.kind === 'step' && node.next !== undefined) return [{ id: CONTINUE, next: node.next }];
	if (node.kind === 'question') return [...(node.options ?? [])];
	return [];
}

/** Follows the answers from the trail's start; stops at the first answer that does not fit. */
export function walk<N extends GraphNode>(flow: Graph<N>, trail: Trail): Walk<N> {
	const nodes = nodeMap(flow);
	let current = nodes.get(trail.from) ?? nodes.get(flow.start)!;
	const path = [current];
	const answers: string[] = [];
	for (const answer of trail.answers) {
		const next = choices(current).find((c) => c.id === answer)?.next;
		const node = next === undefined ? undefined : nodes.get(next);
		if (!node) break;
		answers.push(answer);
		path.push((current = node));
	}
	return { path, answers, current };
}

/** Answers the current node; an answer that does not fit leaves the trail as it was. */
export function answer(flow: Graph, trail: Trail, choice: string): Trail {
	const { answers, current } = walk(flow, trail);
	return choices(current).some((c) => c.id === choice) ? { from: trail.from, answers: [...answers, choice] } : trail;
}

/** One step back; at the first node it stays there. */
export function back(flow: Graph, trail: Trail): Trail {
	const { answers } = walk(flow, trail);
	return { from: trail.from, answers: answers.slice(0, -1) };
}

/**
 * Changes the answer given at `index`. Later answers are kept only while the new path
 * goes through the same nodes as before; from the first difference on they no longer apply.
 */
export function change(flow: Graph, trail: Trail, index: number, choice: string): Trail {
	const before = walk(flow, trail);
	if (index < 0 || index >= before.answers.length) return trail;
	let next = answer(flow, { from: trail.from, answers: before.answers.slice(0, index) }, choice);
	if (next.answers.length === index) return trail;
	for (let i = index + 1; i < before.answers.length; i++) {
		const here = walk(flow, next).current;
		if (here.id !== before.path[i].id) break;
		next = answer(flow, next, before.answers[i]);
	}
	return next;
}

/**
 * Brings the trail up to date when the user arrives at a node page by any means: a click on a
 * choice, the browser's back/forward buttons (`history`), or a link from elsewhere. Through the
 * history an earlier node on the path means going back; otherwise a choice that leads there wins.
 */
export function arrive(flow: Graph, trail: Trail, nodeId: string, history = false): Trail {
	if (!findNode(flow, nodeId)) return trail;
	const { path, answers, current } = walk(flow, trail);
	if (current.id === nodeId) return { from: trail.from, answers };
	const earlier = path.map((n) => n.id).lastIndexOf(nodeId);
	const choice = choices(current).find((c) => c.next === nodeId);
	if (earlier >= 0 && (history || !choice)) return { from: trail.from, answers: answers.slice(0, earlier) };
	if (choice) return { from: trail.from, answers: [...answers, choice.id] };
	return startTrail(flow, nodeId);
}

/** The level and step a node belongs to, with the step's place in its level. */
export function position<L extends GraphLevel>(flow: Graph<GraphNode, L>, node: GraphNode): Position<L> | undefined {
	if (node.step === undefined) return undefined;
	for (const level of flow.levels) {
		const step = level.steps.find((s) => s.id === node.step);
		if (!step) continue;
		const place = (s: { id: string; alternativeTo?: string }) => s.alternativeTo ?? s.id;
		const places = level.steps.filter((s) => s.alternativeTo === undefined);
		return {
			level,
			step,
			index: places.findIndex((s) => s.id === place(step)) + 1,
			count: places.length,
			alternatives: level.steps.filter((s) => s !== step && place(s) === place(step)),
			levels: flow.levels.length
		};
	}
	return undefined;
}

/** The first node placed at each step: where a diagram or a step list links to. */
export function stepEntry<N extends GraphNode>(flow: Graph<N>, stepId: string): N | undefined {
	return flow.nodes.find((n) => n.step === stepId);
}
