// The wizard engine under random use: on every real flow, random sequences of answer / back /
// change / arrive keep the trail valid, always leave a way on and a way back, and never strand
// the user where no outcome can be reached.
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import fc from 'fast-check';
import { answer, arrive, back, change, choices, findNode, startTrail, walk, type Trail } from '../../src/lib/flow/engine';
import type { Flow } from '../../src/lib/flow/schema';
import { loadFlow } from './flow-helpers';

const RUNS_PER_FLOW = 2000;
const MAX_OPS = 40;

const flowIds = readdirSync('flows')
	.filter((name) => name.endsWith('.json') && name !== 'flow.schema.json')
	.map((name) => basename(name, '.json'))
	.sort();

type Op =
	| { op: 'answer'; pick: number }
	| { op: 'answer-invalid'; choice: string }
	| { op: 'back' }
	| { op: 'change'; index: number; pick: number }
	| { op: 'arrive'; node: number; history: boolean };

const opArb: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 6, arbitrary: fc.record({ op: fc.constant('answer' as const), pick: fc.nat(9) }) },
	{
		weight: 1,
		arbitrary: fc.record({
			op: fc.constant('answer-invalid' as const),
			choice: fc.constantFrom('', 'ja', 'nei', 'neste', 'tiltak', 'finnes-ikke', 'Ola Nordmann')
		})
	},
	{ weight: 2, arbitrary: fc.record({ op: fc.constant('back' as const) }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant('change' as const), index: fc.nat(60), pick: fc.nat(9) }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant('arrive' as const), node: fc.nat(99), history: fc.boolean() }) }
);

/** The nodes from which an outcome can be reached, found independently of validate.ts. */
function finishing(flow: Flow): Set<string> {
	const done = new Set(flow.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id));
	for (let grew = true; grew; ) {
		grew = false;
		for (const n of flow.nodes)
			if (!done.has(n.id) && choices(n).some((c) => done.has(c.next))) {
				done.add(n.id);
				grew = true;
			}
	}
	return done;
}

let sequences = 0;
let operations = 0;

describe.each(flowIds)('engine invariants on %s', (id) => {
	const flow = loadFlow(id);
	const canFinish = finishing(flow);

	/** The invariants that hold for any trail the engine hands out. */
	function check(t: Trail) {
		const w = walk(flow, t);
		// The current node is a node of the flow.
		expect(findNode(flow, w.current.id)).toBe(w.current);
		// Every answer of the trail is valid.
		expect(w.answers.length).toBe(t.answers.length);
		expect(w.path.length).toBe(t.answers.length + 1);
		expect(findNode(flow, t.from)).toBeDefined();
		// A way forward unless at an outcome.
		if (w.current.kind === 'outcome') expect(choices(w.current)).toEqual([]);
		else expect(choices(w.current).length).toBeGreaterThan(0);
		// A way back unless at the trail's start.
		const b = back(flow, t);
		if (t.answers.length === 0) expect(b.answers).toEqual([]);
		else expect(walk(flow, b).current).toBe(w.path[w.path.length - 2]);
		// An outcome can still be reached from here.
		expect(canFinish.has(w.current.id), `an outcome is reachable from ${w.current.id}`).toBe(true);
	}

	it(`holds over ${RUNS_PER_FLOW} random sequences of up to ${MAX_OPS} operations`, () => {
		fc.assert(
			fc.property(fc.nat(flow.nodes.length - 1), fc.boolean(), fc.array(opArb, { maxLength: MAX_OPS }), (first, fromStart, ops) => {
				sequences++;
				let t = fromStart ? startTrail(flow) : startTrail(flow, flow.nodes[first].id);
				check(t);
				for (const o of ops) {
					operations++;
					const before = walk(flow, t);
					switch (o.op) {
						case 'answer': {
							const options = choices(before.current);
							if (!options.length) {
								expect(answer(flow, t, 'neste')).toBe(t);
								break;
							}
							const choice = options[o.pick % options.length];
							const next = answer(flow, t, choice.id);
							expect(walk(flow, next).current.id).toBe(choice.next);
							// Back after an answer returns to the node answered.
							const undone = back(flow, next);
							expect(undone).toEqual(t);
							expect(walk(flow, undone).current).toBe(before.current);
							t = next;
							break;
						}
						case 'answer-invalid': {
							const valid = choices(before.current).some((c) => c.id === o.choice);
							const next = answer(flow, t, o.choice);
							if (!valid) expect(next).toBe(t);
							t = next;
							break;
						}
						case 'back':
							t = back(flow, t);
							expect(t.answers).toEqual(before.answers.slice(0, -1));
							break;
						case 'change': {
							if (!before.answers.length) {
								expect(change(flow, t, o.index, 'neste')).toBe(t);
								break;
							}
							const index = o.index % before.answers.length;
							const options = choices(before.path[index]);
							const choice = options[o.pick % options.length];
							const next = change(flow, t, index, choice.id);
							const after = walk(flow, next);
							// The answers before the changed one stay, the changed one is the new choice.
							expect(next.answers.slice(0, index)).toEqual(before.answers.slice(0, index));
							expect(next.answers[index]).toBe(choice.id);
							expect(after.path[index + 1].id).toBe(choice.next);
							// Later answers are kept only while the path goes through the same nodes.
							for (let i = index + 1; i < next.answers.length; i++) {
								expect(after.path[i]).toBe(before.path[i]);
								expect(next.answers[i]).toBe(before.answers[i]);
							}
							// … and they are dropped only from the first node that differs.
							const kept = next.answers.length;
							if (kept < before.answers.length) expect(after.path[kept].id).not.toBe(before.path[kept].id);
							else expect(kept).toBe(before.answers.length);
							t = next;
							break;
						}
						case 'arrive': {
							const target = flow.nodes[o.node % flow.nodes.length];
							t = arrive(flow, t, target.id, o.history);
							expect(walk(flow, t).current).toBe(target);
							break;
						}
					}
					check(t);
				}
			}),
			{ numRuns: RUNS_PER_FLOW }
		);
	});

	it('reaches an outcome from every node reachable from the start', () => {
		const seen = new Set<string>();
		const queue = [flow.start];
		while (queue.length) {
			const here = queue.pop()!;
			if (seen.has(here)) continue;
			seen.add(here);
			queue.push(...choices(findNode(flow, here)!).map((c) => c.next));
		}
		expect(seen.size).toBe(flow.nodes.length);
		for (const node of seen) expect(canFinish.has(node), node).toBe(true);
	});
});

describe('the property runs', () => {
	it(`are ${RUNS_PER_FLOW} random sequences on every flow in flows/`, () => {
		expect(flowIds.length).toBeGreaterThan(0);
		expect(sequences).toBe(RUNS_PER_FLOW * flowIds.length);
		expect(operations).toBeGreaterThan(sequences);
	});
});
