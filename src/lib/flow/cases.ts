// Demonstration cases a trainer keeps in the tab ($lib/state/tab-storage): a few ways through one flow, named by a
// letter only ("Sak A"), so that no one types a child's name. Each is a saved way, checked like the wizard's own.
import { localToday } from './deadline';
import type { Graph } from './engine';
import { restore, type Saved } from './saved';

export const MAX_CASES = 5;
const LETTERS = ['a', 'b', 'c', 'd', 'e'] as const;

export interface Case {
	id: (typeof LETTERS)[number];
	saved: Saved;
}

export function casesKey(flowId: string): string {
	return `undringsveiviseren:saker-${flowId}`;
}

/** The cases kept for a flow; anything unreadable, or a way that no longer fits the flow, is left out. */
export function readCases(raw: string | null, flow: Graph & { id: string; version: string }, today = localToday()): Case[] {
	if (raw === null || raw.length > 64 * 1024) return [];
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return [];
	}
	if (!Array.isArray(data)) return [];
	const cases: Case[] = [];
	for (const item of data) {
		if (cases.length === MAX_CASES) break;
		const id = (item as Partial<Case>)?.id;
		if (!LETTERS.includes(id as Case['id']) || cases.some((c) => c.id === id)) continue;
		const restored = restore(JSON.stringify((item as Case).saved), flow, today);
		if (restored.status === 'ok') cases.push({ id: id as Case['id'], saved: restored.saved });
	}
	return cases;
}

/** Keeps a way as the next free letter; with MAX_CASES kept, nothing changes. */
export function addCase(cases: readonly Case[], saved: Saved): Case[] {
	const id = LETTERS.find((letter) => !cases.some((c) => c.id === letter));
	return id ? [...cases, { id, saved }] : [...cases];
}

export function removeCase(cases: readonly Case[], id: string): Case[] {
	return cases.filter((c) => c.id !== id);
}
