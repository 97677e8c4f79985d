// One level of a flow as a flow of its own, for a diagram of that level (a slide per level): its pages, and where
// the level leads elsewhere as end boxes named by place ("→ Nivå 1 · Trinn 1: …"), so no arrow or answer is lost.
import { choices, findNode } from '../flow/engine';
import { placedTitle } from '../flow/text';
import type { LocalFlow, LocalNode } from '../types';

export function levelFlow(flow: LocalFlow, levelId: string): LocalFlow {
	const level = flow.levels.find((l) => l.id === levelId)!;
	const steps = new Set(level.steps.map((s) => s.id));
	const inside = flow.nodes.filter((n) => n.step !== undefined && steps.has(n.step));
	const ids = new Set(inside.map((n) => n.id));
	const exits = [...new Set(inside.flatMap((n) => choices(n).map((c) => c.next)))].filter((id) => !ids.has(id));
	const stubs = exits.map((id): LocalNode => ({ kind: 'outcome', id, title: `→ ${placedTitle(flow, findNode(flow, id)!)}` }));
	return { ...flow, levels: [level], nodes: [...inside, ...stubs], start: inside[0]?.id ?? flow.start };
}
