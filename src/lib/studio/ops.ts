// The studio's edits to a model: add, remove, move and rename, keeping references in step. They change the
// model in place (the studio's is reactive state) and work on plain data alike. A model in the studio may be
// unfinished or wrong anywhere: the checker says what is missing, these never throw on it.
import type { Flow, Node, Text } from '$lib/flow/schema';

/** An empty text in both languages; the checker asks for both. */
export const emptyText = (): Text => ({ nb: '', nn: '' });

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(taken: Iterable<string>, base: string): string {
	const used = new Set(taken);
	if (!used.has(base)) return base;
	for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Moves the item at `index` by `delta` places; does nothing at the ends. */
export function move<T>(items: T[], index: number, delta: number): void {
	const to = index + delta;
	if (to < 0 || to >= items.length) return;
	const [item] = items.splice(index, 1);
	items.splice(to, 0, item);
}

export const allSteps = (flow: Flow) => flow.levels.flatMap((l) => l.steps);

export function addLevel(flow: Flow): number {
	const id = uniqueId(flow.levels.map((l) => l.id), `niva-${flow.levels.length + 1}`);
	flow.levels.push({ id, title: emptyText(), steps: [] });
	return flow.levels.length - 1;
}

/** A new step at the end of a level, with a page of its own (a node of kind "step") that leads nowhere yet. */
export function addStep(flow: Flow, level: number): { step: string; node: number } {
	const step = uniqueId(allSteps(flow).map((s) => s.id), `trinn-${allSteps(flow).length + 1}`);
	flow.levels[level].steps.push({ id: step, title: emptyText() });
	const node = addNode(flow, 'step', step);
	return { step, node };
}

/** A new node of `kind`, on `step` where given, before the outcomes (an outcome at the end); returns its index. */
export function addNode(flow: Flow, kind: Node['kind'], step?: string): number {
	const id = uniqueId(flow.nodes.map((n) => n.id), step && !flow.nodes.some((n) => n.id === step) ? step : `side-${flow.nodes.length + 1}`);
	const onStep = step ? { step } : {};
	const node: Node =
		kind === 'step'
			? { kind, id, step: step ?? allSteps(flow)[0]?.id ?? '', todo: [emptyText()], next: '' }
			: kind === 'question'
				? { kind, id, ...onStep, question: emptyText(), options: [newOption([]), newOption(['svar-1'])] }
				: { kind, id, ...onStep, title: emptyText() };
	const outcome = flow.nodes.findIndex((n) => n.kind === 'outcome');
	const at = kind === 'outcome' || outcome < 0 ? flow.nodes.length : outcome;
	flow.nodes.splice(at, 0, node);
	return at;
}

function newOption(taken: string[]) {
	return { id: uniqueId(taken, 'svar-1'), label: emptyText(), next: '' };
}

export function addOption(node: Extract<Node, { kind: 'question' }>): void {
	node.options.push(newOption(node.options.map((o) => o.id)));
}

export function addContact(flow: Flow): number {
	flow.contacts.push({ id: uniqueId(flow.contacts.map((c) => c.id), 'kontakt'), name: emptyText() });
	return flow.contacts.length - 1;
}

export function addTool(flow: Flow): number {
	flow.tools.push({ id: uniqueId(flow.tools.map((t) => t.id), 'hjelpemiddel'), name: emptyText() });
	return flow.tools.length - 1;
}

export function addDeadline(flow: Flow): number {
	flow.deadlines.push({ id: uniqueId(flow.deadlines.map((d) => d.id), 'frist'), rule: emptyText(), period: { weeks: 1 }, from: 'worry' });
	return flow.deadlines.length - 1;
}

export type Table = 'contacts' | 'tools' | 'deadlines';

/** Removes a contact, tool or deadline, and every node's reference to it. */
export function removeFromTable(flow: Flow, table: Table, index: number): void {
	const [gone] = flow[table].splice(index, 1);
	if (!gone) return;
	for (const node of flow.nodes) {
		if (table === 'contacts') node.contacts = node.contacts?.filter((c) => c.id !== gone.id);
		else node[table] = node[table]?.filter((id) => id !== gone.id);
		if (node[table]?.length === 0) delete node[table];
	}
}

/**
 * Renames an id and what refers to it: a node (the start, ways on and answers), a step (its nodes and
 * alternatives), a contact, tool or deadline (the nodes that list it). Returns false if the new id is taken.
 */
export function renameId(flow: Flow, kind: 'node' | 'step' | 'level' | Table, from: string, to: string): boolean {
	if (from === to) return true;
	const taken =
		kind === 'node' ? flow.nodes.map((n) => n.id)
		: kind === 'step' ? allSteps(flow).map((s) => s.id)
		: kind === 'level' ? flow.levels.map((l) => l.id)
		: flow[kind].map((x) => x.id);
	if (taken.includes(to)) return false;
	if (kind === 'node') {
		if (flow.start === from) flow.start = to;
		for (const node of flow.nodes) {
			if (node.id === from) node.id = to;
			if (node.kind === 'step' && node.next === from) node.next = to;
			if (node.kind === 'question') for (const o of node.options) if (o.next === from) o.next = to;
		}
	} else if (kind === 'step') {
		for (const s of allSteps(flow)) {
			if (s.id === from) s.id = to;
			if (s.alternativeTo === from) s.alternativeTo = to;
		}
		for (const node of flow.nodes) if (node.step === from) node.step = to;
	} else if (kind === 'level') {
		const level = flow.levels.find((l) => l.id === from);
		if (level) level.id = to;
	} else {
		const item = flow[kind].find((x) => x.id === from);
		if (item) item.id = to;
		for (const node of flow.nodes) {
			if (kind === 'contacts') node.contacts?.forEach((c) => c.id === from && (c.id = to));
			else node[kind] = node[kind]?.map((id) => (id === from ? to : id));
		}
	}
	return true;
}

/** Where each way on of a node leads: a step's "next" or a question's answers, by option id (a step's is "neste"). */
export function setNext(node: Node, option: string, target: string): void {
	if (node.kind === 'step') node.next = target;
	else if (node.kind === 'question') {
		const o = node.options.find((x) => x.id === option);
		if (o) o.next = target;
	}
}

/** Every reference resolves (start, ways on, steps, contacts, tools, deadlines): the wizard's pages can be drawn. */
export function resolves(flow: Flow): boolean {
	const nodes = new Set(flow.nodes.map((n) => n.id));
	const steps = new Set(allSteps(flow).map((s) => s.id));
	const has = (table: { id: string }[], ids: string[] = []) => ids.every((id) => table.some((x) => x.id === id));
	return (
		nodes.has(flow.start) &&
		flow.nodes.every(
			(n) =>
				(n.step === undefined || steps.has(n.step)) &&
				(n.kind !== 'step' || nodes.has(n.next)) &&
				(n.kind !== 'question' || n.options.every((o) => nodes.has(o.next))) &&
				has(flow.deadlines, n.deadlines) &&
				has(flow.tools, n.tools) &&
				has(flow.contacts, n.contacts?.map((c) => c.id))
		)
	);
}
