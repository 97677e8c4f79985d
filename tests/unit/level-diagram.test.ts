// A level's own diagram (presentation's diagram slides): every page of the level, and every way out of it as an
// end box named by its place, so that no arrow and no answer is lost.
import { readdirSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { choices, findNode } from '../../src/lib/flow/engine';
import { localize } from '../../src/lib/flow/localize';
import { layoutDiagram } from '../../src/lib/diagram/layout';
import { levelFlow } from '../../src/lib/diagram/level';
import { loadFlow } from './flow-helpers';
import type { LocalFlow } from '../../src/lib/types';

const ids = readdirSync('flows')
	.filter((f) => f.endsWith('.json') && f !== 'flow.schema.json')
	.map((f) => f.replace(/\.json$/, ''));
const elk = new ELK();
const options = { unfinished: 'uferdig', endings: { resolved: 'Avsluttet', onward: 'Videre', report: 'Melding' } };

describe('levelFlow', () => {
	for (const id of ids)
		it(`${id}: each level alone keeps all its pages, answers and ways out`, async () => {
			const flow = localize(loadFlow(id), 'nb') as LocalFlow;
			for (const level of flow.levels) {
				const sub = levelFlow(flow, level.id);
				const inLevel = flow.nodes.filter((n) => level.steps.some((s) => s.id === n.step));
				for (const node of inLevel) expect(findNode(sub, node.id)).toBeDefined();
				for (const node of sub.nodes) for (const c of choices(node)) expect(findNode(sub, c.next), `${node.id} → ${c.next}`).toBeDefined();
				const diagram = await layoutDiagram(sub, elk, options);
				const labels = diagram.edges.flatMap((e) => (e.label ? [e.label.full] : []));
				for (const node of inLevel) if (node.kind === 'question') for (const o of node.options) expect(labels).toContain(o.label);
				for (const step of level.steps) expect(diagram.boxes.some((b) => b.id === `step:${step.id}`)).toBe(true);
			}
		});
});
