// The model as a sequence of slides for trainers: a title, then each level and its steps in order.
import { stepEntry } from './engine';
import type { LocalFlow, LocalLevel, LocalNode, LocalStep } from '$lib/types';

export type Slide =
	| { kind: 'title' }
	| { kind: 'level'; level: LocalLevel }
	| { kind: 'step'; level: LocalLevel; step: LocalStep; index: number; entry: LocalNode; decisions: LocalNode[] };

export function slides(flow: LocalFlow): Slide[] {
	const out: Slide[] = [{ kind: 'title' }];
	for (const level of flow.levels) {
		if (flow.levels.length > 1) out.push({ kind: 'level', level });
		level.steps.forEach((step, i) => {
			const entry = stepEntry(flow, step.id)!;
			const decisions = flow.nodes.filter((n) => n.step === step.id && n.kind === 'question');
			out.push({ kind: 'step', level, step, index: i + 1, entry, decisions });
		});
	}
	return out;
}
