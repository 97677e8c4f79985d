// The model as a sequence of slides for trainers: a title, then each level and its steps in order.
import { position, stepEntry, type Position } from './engine';
import { isUnfinished } from './views';
import type { LocalFlow, LocalLevel, LocalNode, LocalStep } from '$lib/types';

export type Slide =
	| { kind: 'title' }
	| { kind: 'level'; level: LocalLevel }
	| { kind: 'step'; level: LocalLevel; step: LocalStep; at: Position<LocalLevel>; entry: LocalNode; decisions: LocalNode[]; unfinished: boolean };

export function slides(flow: LocalFlow): Slide[] {
	const out: Slide[] = [{ kind: 'title' }];
	for (const level of flow.levels) {
		if (flow.levels.length > 1) out.push({ kind: 'level', level });
		for (const step of level.steps) {
			const entry = stepEntry(flow, step.id)!;
			const decisions = flow.nodes.filter((n) => n.step === step.id && n.kind === 'question');
			out.push({ kind: 'step', level, step, at: position(flow, entry)!, entry, decisions, unfinished: isUnfinished(flow, step.id) });
		}
	}
	return out;
}
