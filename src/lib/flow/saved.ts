// What the wizard keeps in sessionStorage for one flow: ids and a date, never free text.
import { localToday, parseDate } from './deadline';
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

/** The most answers a trail may hold: every node visited ten times over, far more than anyone clicks. */
export const maxAnswers = (flow: Graph) => 10 * flow.nodes.length;

/** The earliest worry date accepted: ten years before today. */
export function earliestWorry(today: string): string {
	return `${Number(today.slice(0, 4)) - 10}${today.slice(4)}`;
}

/** A worry date is a real calendar day, not after today and not more than ten years ago. */
export function isWorryDate(date: string, today: string): boolean {
	return parseDate(date) !== undefined && date <= today && date >= earliestWorry(today);
}

/**
 * Reads a saved state; anything unreadable, from another flow version or off the flow's graph is discarded.
 * `today` is the user's date ("YYYY-MM-DD"), for the worry date.
 */
export function restore(raw: string | null, flow: Graph & { id: string; version: string }, today = localToday()): Restored {
	if (raw === null) return { status: 'empty' };
	// Ids are at most 80 characters, so a valid state is shorter than this: longer text is not even parsed.
	if (raw.length > 1024 + 100 * maxAnswers(flow)) return { status: 'discarded', reason: 'corrupt' };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { status: 'discarded', reason: 'corrupt' };
	}
	if (typeof data !== 'object' || data === null) return { status: 'discarded', reason: 'corrupt' };
	const d = data as Record<string, unknown>;
	if (d.flow !== flow.id) return { status: 'discarded', reason: 'corrupt' };
	// Only a version the app could have written means "the model was updated"; a number or other junk is corrupt.
	if (d.version !== undefined && !(typeof d.version === 'string' && /^\d+\.\d+\.\d+$/.test(d.version)))
		return { status: 'discarded', reason: 'corrupt' };
	if (d.version !== flow.version) return { status: 'discarded', reason: 'version' };
	if (!isId(d.from) || !findNode(flow, d.from)) return { status: 'discarded', reason: 'corrupt' };
	if (!Array.isArray(d.answers) || d.answers.length > maxAnswers(flow) || !d.answers.every(isId))
		return { status: 'discarded', reason: 'corrupt' };
	if (d.worry !== undefined && (typeof d.worry !== 'string' || !isWorryDate(d.worry, today)))
		return { status: 'discarded', reason: 'corrupt' };
	const trail: Trail = { from: d.from, answers: d.answers };
	if (walk(flow, trail).answers.length !== d.answers.length) return { status: 'discarded', reason: 'corrupt' };
	return {
		status: 'ok',
		saved: { flow: flow.id, version: flow.version, from: d.from, answers: d.answers, ...(d.worry ? { worry: d.worry as string } : {}) }
	};
}
