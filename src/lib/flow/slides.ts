// The model as a sequence of slides for trainers: a title, then each level and its steps in order.
import { choices, position, stepEntry, type Position } from './engine';
import { isUnfinished } from './views';
import type { LocalFlow, LocalLevel, LocalNode, LocalStep } from '$lib/types';

/** A way into a step from outside it: the node it comes from and, for a question, the answer given. */
export interface Arrival {
	from: LocalNode;
	option?: string;
}

export type Slide =
	| { kind: 'title' }
	| { kind: 'level'; level: LocalLevel }
	| {
			kind: 'step';
			level: LocalLevel;
			step: LocalStep;
			at: Position<LocalLevel>;
			entry: LocalNode;
			decisions: LocalNode[];
			unfinished: boolean;
			/** For one of several alternative steps (ved-bekymring's 3a and 3B read the same): where each is reached from. */
			arrivals: Arrival[];
	  };

/** The ways into a step from nodes outside it. */
export function arrivals(flow: LocalFlow, stepId: string): Arrival[] {
	const inside = new Set(flow.nodes.filter((n) => n.step === stepId).map((n) => n.id));
	return flow.nodes.flatMap((from) => {
		if (inside.has(from.id)) return [];
		return choices(from)
			.filter((c) => inside.has(c.next))
			.map((c) => (from.kind === 'question' ? { from, option: from.options.find((o) => o.id === c.id)!.label } : { from }));
	});
}

export function slides(flow: LocalFlow): Slide[] {
	const out: Slide[] = [{ kind: 'title' }];
	for (const level of flow.levels) {
		if (flow.levels.length > 1) out.push({ kind: 'level', level });
		for (const step of level.steps) {
			const entry = stepEntry(flow, step.id)!;
			const decisions = flow.nodes.filter((n) => n.step === step.id && n.kind === 'question');
			const at = position(flow, entry)!;
			out.push({
				kind: 'step',
				level,
				step,
				at,
				entry,
				decisions,
				unfinished: isUnfinished(flow, step.id),
				arrivals: at.alternatives.length ? arrivals(flow, step.id) : []
			});
		}
	}
	return out;
}
