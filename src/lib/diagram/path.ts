// A case walk's way so far on the overview diagram: the boxes of the pages walked, the arrows taken, and the
// date of each deadline beside the box that sets it.
import type { Walk } from '../flow/engine';
import type { LocalNode } from '../types';
import type { Diagram } from './layout';

export function diagramPath(diagram: Diagram, walk: Walk<LocalNode>, dateOf: (node: LocalNode) => string | undefined) {
	const visited = new Set(walk.path.map((n) => n.id));
	const boxes = diagram.boxes.filter((b) => visited.has(b.nodeId));
	const onPath = new Set(boxes.map((b) => b.id));
	const taken = new Set(walk.answers.map((answer, i) => (walk.path[i].kind === 'question' ? `option:${walk.path[i].id}:${answer}` : `next:${walk.path[i].id}`)));
	const edges = diagram.edges.filter((e) => taken.has(e.id) || (e.kind === 'entry' && onPath.has(e.from) && onPath.has(e.to))).map((e) => e.id);
	const dates: Record<string, string> = {};
	for (const box of boxes) {
		const node = walk.path.find((n) => n.id === box.nodeId)!;
		const date = dateOf(node);
		if (date) dates[box.id] = date;
	}
	return { boxes: boxes.map((b) => b.id), edges, dates };
}
