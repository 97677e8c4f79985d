// What the wizard keeps in sessionStorage for one flow: ids and a date, never free text.
import { parseDate } from './deadline';
import { findNode, walk, type Graph, type Trail } from './engine';

export interface Saved {
	flow: string;
	version: string;
	from: string;
	answers: string[];
	/** The day the wonder/worry arose, "YYYY-MM-DD"; absent means today. */
	worry?: string;
}

export type Restored =
	| { status: 'empty' }
	| { status: 'ok'; saved: Saved }
	| { status: 'discarded'; reason: 'corrupt' | 'version' };

export function storageKey(flowId: string): string {
	return `undringsveiviseren:${flowId}`;
}

const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v);

/** Reads a saved state; anything unreadable, from another flow version or off the flow's graph is discarded. */
export function restore(raw: string | null, flow: Graph & { id: string; version: string }): Restored {
	if (raw === null) return { status: 'empty' };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { status: 'discarded', reason: 'corrupt' };
	}
	if (typeof data !== 'object' || data === null) return { status: 'discarded', reason: 'corrupt' };
	const d = data as Record<string, unknown>;
	if (d.flow !== flow.id) return { status: 'discarded', reason: 'corrupt' };
	if (d.version !== flow.version) return { status: 'discarded', reason: 'version' };
	if (!isId(d.from) || !findNode(flow, d.from)) return { status: 'discarded', reason: 'corrupt' };
	if (!Array.isArray(d.answers) || !d.answers.every(isId)) return { status: 'discarded', reason: 'corrupt' };
	if (d.worry !== undefined && (typeof d.worry !== 'string' || !parseDate(d.worry)))
		return { status: 'discarded', reason: 'corrupt' };
	const trail: Trail = { from: d.from, answers: d.answers };
	if (walk(flow, trail).answers.length !== d.answers.length) return { status: 'discarded', reason: 'corrupt' };
	return {
		status: 'ok',
		saved: { flow: flow.id, version: flow.version, from: d.from, answers: d.answers, ...(d.worry ? { worry: d.worry as string } : {}) }
	};
}
