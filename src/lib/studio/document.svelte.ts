// The model open in the studio: reactive state the forms edit in place, with undo and redo, kept in this browser
// (localStorage, on studio pages only) between visits until the user deletes it.
import { formatFlow } from '$lib/flow/format';
import type { Flow } from '$lib/flow/schema';

/** The one key the studio stores under; the wizard never reads or writes localStorage. */
export const STORAGE_KEY = 'undringsveiviseren:studio';
const HISTORY = 200;

export type Stored = { ok: true; flow: Flow } | { ok: false; reason: 'none' | 'corrupt' };

/** The draft kept in this browser, if there is one that can be read. */
export function readStored(storage: Storage | undefined): Stored {
	let raw: string | null = null;
	try {
		raw = storage?.getItem(STORAGE_KEY) ?? null;
	} catch {
		return { ok: false, reason: 'none' };
	}
	if (raw === null) return { ok: false, reason: 'none' };
	try {
		const data = JSON.parse(raw);
		if (editable(data)) return { ok: true, flow: data };
	} catch {
		// Not JSON: thrown away below, with a notice.
	}
	return { ok: false, reason: 'corrupt' };
}

/** Whether the studio's forms can show `data`: the lists they walk are lists, and every node has a known kind. */
export function editable(data: unknown): data is Flow {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
	const flow = data as Record<string, unknown>;
	const lists = ['levels', 'contacts', 'tools', 'deadlines', 'nodes'].every((k) => Array.isArray(flow[k]));
	const objects = (list: unknown) => Array.isArray(list) && list.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x));
	return (
		lists &&
		['levels', 'contacts', 'tools', 'deadlines', 'nodes'].every((k) => objects(flow[k])) &&
		(flow.levels as { steps?: unknown }[]).every((l) => objects(l.steps)) &&
		(flow.nodes as { kind?: unknown; options?: unknown }[]).every((n) => ['step', 'question', 'outcome'].includes(n.kind as string) && (n.kind !== 'question' || objects(n.options))) &&
		typeof flow.source === 'object' && flow.source !== null &&
		['id', 'version', 'start'].every((k) => typeof flow[k] === 'string')
	);
}

export class StudioDocument {
	flow = $state() as Flow;
	canUndo = $state(false);
	canRedo = $state(false);
	/** The text of the model as last committed: what undo returns to and what is stored. */
	#current: string;
	#past: string[] = [];
	#future: string[] = [];
	#storage: Storage | undefined;

	constructor(flow: Flow, storage: Storage | undefined) {
		this.flow = flow;
		this.#current = formatFlow(flow);
		this.#storage = storage;
	}

	/** Records the model as it is now as one step of history, if it changed; returns whether it did. */
	commit(): boolean {
		const now = formatFlow(this.flow);
		if (now === this.#current) return false;
		this.#past.push(this.#current);
		if (this.#past.length > HISTORY) this.#past.shift();
		this.#future = [];
		this.#current = now;
		this.#flags();
		this.save();
		return true;
	}

	/** Opens another model; undo returns to the one before. */
	replace(flow: Flow): void {
		this.commit();
		this.flow = flow;
		this.commit();
	}

	undo(): void {
		this.commit();
		const before = this.#past.pop();
		if (before === undefined) return;
		this.#future.push(this.#current);
		this.#restore(before);
	}

	redo(): void {
		this.commit();
		const after = this.#future.pop();
		if (after === undefined) return;
		this.#past.push(this.#current);
		this.#restore(after);
	}

	/** The file the user downloads: the committed model, formatted as flows/ has it. */
	get text(): string {
		this.commit();
		return this.#current;
	}

	save(): void {
		try {
			this.#storage?.setItem(STORAGE_KEY, this.#current);
		} catch {
			// Full or blocked: the model stays open; the download still works.
		}
	}

	/** Deletes the draft kept in this browser, and its history, and starts again from `flow` (not stored until changed). */
	forget(flow: Flow): void {
		try {
			this.#storage?.removeItem(STORAGE_KEY);
		} catch {
			// Blocked storage holds nothing.
		}
		this.#past = [];
		this.#future = [];
		this.flow = flow;
		this.#current = formatFlow(flow);
		this.#flags();
	}

	#restore(text: string) {
		this.#current = text;
		this.flow = JSON.parse(text);
		this.#flags();
		this.save();
	}

	#flags() {
		this.canUndo = this.#past.length > 0;
		this.canRedo = this.#future.length > 0;
	}
}
