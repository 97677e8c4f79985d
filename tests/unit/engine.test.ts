// The wizard engine, by example: a small hand-written graph, then the real flows.
import { describe, it, expect } from 'vitest';
import {
	answer,
	arrive,
	back,
	change,
	choices,
	CONTINUE,
	findNode,
	position,
	startTrail,
	stepEntry,
	walk,
	type Graph,
	type GraphNode,
	type Trail
} from '../../src/lib/flow/engine';
import { loadFlow } from './flow-helpers';

/**
 *   a ──neste──▶ q ──ja──────▶ b ──neste──▶ q2 ──ferdig──▶ end
 *   ▲            │ ──kanskje──▶ b            │
 *   └────nei─────┘                           └──igjen──▶ a
 *   solo (not linked from anywhere, reached only by a deep link) ──neste──▶ q2
 */
const graph: Graph = {
	start: 'a',
	levels: [
		{ id: 'l1', steps: [{ id: 's1' }, { id: 's2' }, { id: 's3' }] },
		{ id: 'l2', steps: [{ id: 't1' }, { id: 't2' }] }
	],
	nodes: [
		{ kind: 'step', id: 'a', step: 's1', next: 'q' },
		{
			kind: 'question',
			id: 'q',
			step: 's2',
			options: [
				{ id: 'ja', next: 'b' },
				{ id: 'nei', next: 'a' },
				{ id: 'kanskje', next: 'b' }
			]
		},
		{ kind: 'step', id: 'b', step: 's3', next: 'q2' },
		{
			kind: 'question',
			id: 'q2',
			step: 't2',
			options: [
				{ id: 'ferdig', next: 'end' },
				{ id: 'igjen', next: 'a' }
			]
		},
		{ kind: 'outcome', id: 'end' },
		{ kind: 'step', id: 'solo', next: 'q2' }
	]
};

const trail = (...answers: string[]): Trail => ({ from: 'a', answers });
const at = (t: Trail) => walk(graph, t).current.id;
const ids = (t: Trail) => walk(graph, t).path.map((n) => n.id);

describe('startTrail and walk', () => {
	it('starts at the flow start, or at a known node, never at an unknown one', () => {
		expect(startTrail(graph)).toEqual({ from: 'a', answers: [] });
		expect(startTrail(graph, 'b')).toEqual({ from: 'b', answers: [] });
		expect(startTrail(graph, 'nowhere')).toEqual({ from: 'a', answers: [] });
	});

	it('follows the answers through the graph', () => {
		const w = walk(graph, trail(CONTINUE, 'ja', CONTINUE, 'ferdig'));
		expect(w.path.map((n) => n.id)).toEqual(['a', 'q', 'b', 'q2', 'end']);
		expect(w.answers).toEqual(['neste', 'ja', 'neste', 'ferdig']);
		expect(w.current.id).toBe('end');
		expect(w.path.length).toBe(w.answers.length + 1);
	});

	it('stops at the first answer that does not fit', () => {
		const w = walk(graph, trail(CONTINUE, 'kanskje-ikke', CONTINUE, 'ferdig'));
		expect(w.answers).toEqual(['neste']);
		expect(w.current.id).toBe('q');
		// A valid-looking answer after an invalid one is not applied either.
		expect(walk(graph, trail('ja', CONTINUE)).answers).toEqual([]);
		// Answers past an outcome are ignored.
		expect(walk(graph, trail(CONTINUE, 'ja', CONTINUE, 'ferdig', CONTINUE)).current.id).toBe('end');
	});

	it('goes round a cycle as often as it is answered', () => {
		expect(ids(trail(CONTINUE, 'nei', CONTINUE, 'nei', CONTINUE))).toEqual(['a', 'q', 'a', 'q', 'a', 'q']);
	});

	it('walks from the start when the trail begins at an unknown node', () => {
		expect(walk(graph, { from: 'nowhere', answers: [CONTINUE] }).current.id).toBe('q');
	});

	it('walks from a deep-linked node', () => {
		expect(ids({ from: 'solo', answers: [CONTINUE, 'ferdig'] })).toEqual(['solo', 'q2', 'end']);
	});

	it('findNode finds by id', () => {
		expect(findNode(graph, 'q2')?.kind).toBe('question');
		expect(findNode(graph, 'nope')).toBeUndefined();
	});
});

describe('answer', () => {
	it('appends a valid choice', () => {
		expect(answer(graph, trail(), CONTINUE)).toEqual(trail(CONTINUE));
		expect(answer(graph, trail(CONTINUE), 'nei')).toEqual(trail(CONTINUE, 'nei'));
	});

	it('ignores a choice that the current node does not offer, returning the same trail', () => {
		const t = trail(CONTINUE);
		expect(answer(graph, t, 'ferdig')).toBe(t);
		expect(answer(graph, t, CONTINUE)).toBe(t);
		expect(answer(graph, t, '')).toBe(t);
		expect(answer(graph, trail(), 'ja')).toEqual(trail());
	});

	it('ignores any choice at an outcome', () => {
		const done = trail(CONTINUE, 'ja', CONTINUE, 'ferdig');
		expect(answer(graph, done, CONTINUE)).toBe(done);
		expect(answer(graph, done, 'ferdig')).toBe(done);
	});

	it('drops answers that did not fit before appending', () => {
		expect(answer(graph, trail(CONTINUE, 'tull'), 'ja')).toEqual(trail(CONTINUE, 'ja'));
	});
});

describe('back', () => {
	it('goes one node back', () => {
		expect(back(graph, trail(CONTINUE, 'ja'))).toEqual(trail(CONTINUE));
		expect(at(back(graph, trail(CONTINUE, 'nei', CONTINUE)))).toBe('a');
	});

	it('stays at the start of the trail', () => {
		expect(back(graph, trail())).toEqual(trail());
		expect(back(graph, { from: 'solo', answers: [] })).toEqual({ from: 'solo', answers: [] });
	});

	it('goes back from where the valid answers end', () => {
		expect(back(graph, trail(CONTINUE, 'ja', 'tull', 'tull'))).toEqual(trail(CONTINUE));
	});
});

describe('change', () => {
	const full = trail(CONTINUE, 'ja', CONTINUE, 'ferdig');

	it('keeps later answers while the new path goes through the same nodes', () => {
		// "kanskje" leads to b just as "ja" did.
		expect(change(graph, full, 1, 'kanskje')).toEqual(trail(CONTINUE, 'kanskje', CONTINUE, 'ferdig'));
	});

	it('drops the answers that no longer apply from the first different node on', () => {
		// "nei" leads back to a, where b used to be.
		expect(change(graph, full, 1, 'nei')).toEqual(trail(CONTINUE, 'nei'));
		expect(change(graph, full, 3, 'igjen')).toEqual(trail(CONTINUE, 'ja', CONTINUE, 'igjen'));
	});

	it('drops later answers even if the new path meets the old one again', () => {
		// Old: a q b q2 end. New: a q a q … — "a" differs from "b" at index 2; later answers go.
		const round = trail(CONTINUE, 'nei', CONTINUE, 'ja', CONTINUE, 'ferdig');
		expect(change(graph, round, 1, 'ja')).toEqual(trail(CONTINUE, 'ja'));
	});

	it('keeps everything when the same answer is given again', () => {
		expect(change(graph, full, 1, 'ja')).toEqual(full);
	});

	it('leaves the trail as it was for a choice the node does not offer or an index out of range', () => {
		expect(change(graph, full, 1, 'ferdig')).toBe(full);
		expect(change(graph, full, 0, 'ja')).toBe(full);
		expect(change(graph, full, -1, 'ja')).toBe(full);
		expect(change(graph, full, 4, 'ja')).toBe(full);
		expect(change(graph, trail(CONTINUE, 'tull'), 1, 'ja')).toEqual(trail(CONTINUE, 'tull'));
	});
});

describe('arrive', () => {
	const mid = trail(CONTINUE, 'ja');

	it('at the current node changes nothing but drops answers that did not fit', () => {
		expect(arrive(graph, mid, 'b')).toEqual(mid);
		expect(arrive(graph, mid, 'b', true)).toEqual(mid);
		expect(arrive(graph, trail(CONTINUE, 'ja', 'tull'), 'b')).toEqual(mid);
	});

	it('by a click on a choice appends that choice', () => {
		expect(arrive(graph, mid, 'q2')).toEqual(trail(CONTINUE, 'ja', CONTINUE));
		expect(arrive(graph, trail(CONTINUE), 'a')).toEqual(trail(CONTINUE, 'nei'));
	});

	it('through the browser history goes back to the last visit of an earlier node, even in a cycle', () => {
		// a q a q: the browser's back button from q goes to the second a, not the first.
		const round = trail(CONTINUE, 'nei', CONTINUE);
		expect(ids(round)).toEqual(['a', 'q', 'a', 'q']);
		expect(arrive(graph, round, 'a', true)).toEqual(trail(CONTINUE, 'nei'));
		// And again: back to the first q.
		expect(arrive(graph, trail(CONTINUE, 'nei'), 'q', true)).toEqual(trail(CONTINUE));
	});

	it('through the history prefers going back, even where a choice also leads there', () => {
		// At q, "nei" leads to a, and a is also the previous node.
		expect(arrive(graph, trail(CONTINUE), 'a', true)).toEqual(trail());
	});

	it('to an earlier node without history (a link to it) also goes back when no choice leads there', () => {
		expect(arrive(graph, trail(CONTINUE, 'ja', CONTINUE), 'q')).toEqual(trail(CONTINUE));
	});

	it('by a deep link to a node off the path starts a new trail there', () => {
		expect(arrive(graph, mid, 'solo')).toEqual({ from: 'solo', answers: [] });
		expect(arrive(graph, mid, 'end')).toEqual({ from: 'end', answers: [] });
		expect(arrive(graph, mid, 'end', true)).toEqual({ from: 'end', answers: [] });
	});

	it('to an unknown node leaves the trail unchanged', () => {
		expect(arrive(graph, mid, 'nowhere')).toBe(mid);
		expect(arrive(graph, mid, 'nowhere', true)).toBe(mid);
	});
});

describe('position, choices and stepEntry', () => {
	it('gives the level, the step and its 1-based place in the level', () => {
		const p = position(graph, findNode(graph, 'q2')!);
		expect(p).toEqual({ level: graph.levels[1], step: { id: 't2' }, index: 2, count: 2, alternatives: [], levels: 2 });
		expect(position(graph, findNode(graph, 'a')!)).toMatchObject({ level: { id: 'l1' }, index: 1, count: 3 });
		expect(position(graph, findNode(graph, 'b')!)).toMatchObject({ step: { id: 's3' }, index: 3, count: 3 });
	});

	it('counts alternatives ("2a" or "2B") as one place, and names the others', () => {
		const alt: Graph = {
			start: 'x',
			levels: [{ id: 'l', steps: [{ id: '1' }, { id: '2a' }, { id: '2b', alternativeTo: '2a' }, { id: '3' }] }],
			nodes: [
				{ kind: 'step', id: 'x', step: '2b', next: 'y' },
				{ kind: 'outcome', id: 'y', step: '3' }
			]
		};
		expect(position(alt, findNode(alt, 'x')!)).toMatchObject({ index: 2, count: 3, alternatives: [{ id: '2a' }], levels: 1 });
		expect(position(alt, findNode(alt, 'y')!)).toMatchObject({ index: 3, count: 3, alternatives: [] });
		expect(position(alt, { kind: 'step', id: 'z', step: '2a' })).toMatchObject({ index: 2, alternatives: [{ id: '2b' }] });
	});

	it('gives nothing for a node without a step or with an unknown step', () => {
		expect(position(graph, findNode(graph, 'end')!)).toBeUndefined();
		expect(position(graph, { kind: 'outcome', id: 'x', step: 'nope' })).toBeUndefined();
	});

	it('a step has one way on, "neste"; a question its options; an outcome none', () => {
		expect(choices(findNode(graph, 'a')!)).toEqual([{ id: 'neste', next: 'q' }]);
		expect(choices(findNode(graph, 'q')!).map((c) => c.id)).toEqual(['ja', 'nei', 'kanskje']);
		expect(choices(findNode(graph, 'end')!)).toEqual([]);
		expect(choices({ kind: 'step', id: 'broken' })).toEqual([]);
	});

	it('choices returns a copy, so the flow cannot be changed through it', () => {
		const q = findNode(graph, 'q')!;
		choices(q).pop();
		expect(q.options).toHaveLength(3);
	});

	it('stepEntry is the first node placed at a step', () => {
		expect(stepEntry(graph, 's3')?.id).toBe('b');
		expect(stepEntry(graph, 't1')).toBeUndefined();
	});
});

describe('the real flows', () => {
	const trailOf = (flow: Graph, ...answers: string[]): Trail => ({ from: flow.start, answers });
	const idsOf = (flow: Graph, t: Trail) => walk(flow, t).path.map((n: GraphNode) => n.id);

	describe('fauske-tims (a circle)', () => {
		const flow = loadFlow('fauske-tims');
		const toTrinn6 = [CONTINUE, CONTINUE, CONTINUE, CONTINUE, CONTINUE];

		it('walks the circle to a goal and stops at an answer that does not fit', () => {
			const t = trailOf(flow, 'undrer', ...toTrinn6, 'ja', CONTINUE, 'ja', CONTINUE);
			expect(idsOf(flow, t)).toEqual([
				'trinn-1-undring',
				'trinn-1-undrer',
				'trinn-2',
				'trinn-3',
				'trinn-4',
				'trinn-5',
				'trinn-6-effekt',
				'trinn-6-ja',
				'trinn-7-maloppnaelse',
				'malet-er-oppnadd',
				'sjekk-ut-magefolelsen'
			]);
			expect(walk(flow, trailOf(flow, 'undrer', CONTINUE, CONTINUE, 'ja')).current.id).toBe('trinn-3');
		});

		it('undring and bekymring lead to different guidance, so changing one for the other drops the rest', () => {
			const t = trailOf(flow, 'undrer', CONTINUE, CONTINUE, CONTINUE);
			expect(walk(flow, t).path[1].id).toBe('trinn-1-undrer');
			expect(change(flow, t, 0, 'bekymrer')).toEqual(trailOf(flow, 'bekymrer'));
			expect(walk(flow, trailOf(flow, 'bekymrer', CONTINUE)).current.id).toBe('trinn-2');
			expect(change(flow, t, 0, 'finnes-ikke')).toBe(t);
		});

		it('after "nei" at Trinn 6 one can adjust the measures (Trinn 4) or go on to Trinn 7', () => {
			const nei = trailOf(flow, 'undrer', ...toTrinn6, 'nei');
			expect(walk(flow, nei).current.id).toBe('trinn-6-nei');
			expect(walk(flow, answer(flow, nei, 'juster')).current.id).toBe('trinn-4');
			expect(walk(flow, answer(flow, nei, 'trinn-7')).current.id).toBe('trinn-7-maloppnaelse');
		});

		it('browser back inside the trinn-4 … trinn-6 loop returns to the last visit', () => {
			// 1 2 3 4 5 6 nei juster 4 5 6: back through history to trinn-5 is the second visit.
			const t = trailOf(flow, 'undrer', ...toTrinn6, 'nei', 'juster', CONTINUE, CONTINUE);
			const path = idsOf(flow, t);
			expect(path.slice(-4)).toEqual(['trinn-6-nei', 'trinn-4', 'trinn-5', 'trinn-6-effekt']);
			const backed = arrive(flow, t, 'trinn-5', true);
			expect(backed.answers).toHaveLength(t.answers.length - 1);
			expect(walk(flow, backed).current.id).toBe('trinn-5');
		});

		it('choices of the trinn-6 question are ja and nei; outcomes have none', () => {
			expect(choices(findNode(flow, 'trinn-6-effekt')!).map((c) => c.id)).toEqual(['ja', 'nei']);
			expect(choices(findNode(flow, 'trinn-2')!)).toEqual([{ id: CONTINUE, next: 'trinn-3' }]);
			expect(choices(findNode(flow, 'sjekk-ut-magefolelsen')!)).toEqual([]);
		});

		it('position: trinn-4 is step 4 of 7 of the circle', () => {
			expect(position(flow, findNode(flow, 'trinn-4')!)).toMatchObject({
				level: { id: 'tims-handlingssirkel' },
				step: { id: 'trinn-4' },
				index: 4,
				count: 7
			});
		});
	});

	describe('handlingsforlop (levels)', () => {
		const flow = loadFlow('handlingsforlop');
		const toTrinn4 = [CONTINUE, CONTINUE, CONTINUE];

		it('ends at "lukk saken" when there is no ground for follow-up', () => {
			const t = trailOf(flow, ...toTrinn4, 'ikke-grunnlag');
			expect(walk(flow, t).current).toMatchObject({ kind: 'outcome', id: 'niva-0-lukk-saken' });
			expect(answer(flow, t, CONTINUE)).toBe(t);
		});

		it('changing nivå 0 trinn 4 from tiltak to ekstern hjelp drops the nivå 1 answers', () => {
			const t = trailOf(flow, ...toTrinn4, 'tiltak', CONTINUE, CONTINUE);
			expect(walk(flow, t).current.id).toBe('niva-1-trinn-3');
			const changed = change(flow, t, 3, 'ekstern-hjelp');
			expect(changed).toEqual(trailOf(flow, ...toTrinn4, 'ekstern-hjelp'));
			expect(walk(flow, changed).current.id).toBe('niva-2-trinn-1');
		});

		it('a deep link to nivå 3 starts a new trail there', () => {
			const t = arrive(flow, trailOf(flow, CONTINUE), 'niva-3-trinn-2');
			expect(t).toEqual({ from: 'niva-3-trinn-2', answers: [] });
			expect(back(flow, t)).toEqual(t);
		});

		it('position: niva-3-velg-niva is step 5 of 5 of nivå 3; niva-1-trinn-2 step 2 of 4', () => {
			expect(position(flow, findNode(flow, 'niva-3-velg-niva')!)).toMatchObject({ level: { id: 'niva-3' }, index: 5, count: 5 });
			expect(position(flow, findNode(flow, 'niva-1-trinn-2')!)).toMatchObject({ level: { id: 'niva-1' }, index: 2, count: 4 });
		});
	});

	describe('heim', () => {
		const flow = loadFlow('heim');

		it('offers three ways at Steg 4 and starts from Steg 1', () => {
			expect(startTrail(flow)).toEqual({ from: 'steg-1', answers: [] });
			const t = trailOf(flow, CONTINUE, CONTINUE, CONTINUE);
			expect(walk(flow, t).current.id).toBe('grunn-til-oppfolging');
			expect(choices(walk(flow, t).current).map((c) => c.id)).toEqual(['tiltak', 'ikke-nodvendig', 'ekstern-hjelp']);
			expect(walk(flow, answer(flow, t, 'ikke-nodvendig')).current.id).toBe('avslutt-saken');
		});

		it('position: avslutt-saken is Steg 5 of 5', () => {
			expect(position(flow, findNode(flow, 'avslutt-saken')!)).toMatchObject({ step: { id: 'steg-5' }, index: 5, count: 5 });
		});
	});

	describe('kongsvinger', () => {
		const flow = loadFlow('kongsvinger');

		it('a click from nivå 0 trinn 5 to "andre tjenester" follows that choice', () => {
			const t = trailOf(flow, CONTINUE, CONTINUE, CONTINUE, CONTINUE);
			expect(arrive(flow, t, 'niva-0-avgjor-stafettholder')).toEqual(trailOf(flow, CONTINUE, CONTINUE, CONTINUE, CONTINUE, 'andre-tjenester'));
		});
	});

	describe('ved-bekymring (branches)', () => {
		const flow = loadFlow('ved-bekymring');

		it('two branches meet at 4a; changing the branch drops what came after it', () => {
			const viaA = trailOf(flow, CONTINUE, CONTINUE, 'ja', CONTINUE, 'nei', CONTINUE, 'ja');
			expect(walk(flow, viaA).current.id).toBe('4a-samtykkjer');
			const changed = change(flow, viaA, 2, 'nei');
			expect(changed).toEqual(trailOf(flow, CONTINUE, CONTINUE, 'nei'));
			expect(walk(flow, changed).current.id).toBe('2b-vidare-samarbeid');
		});

		it('position uses the seed levels: 3B is the alternative to 3a, one place in level 3', () => {
			expect(position(flow, findNode(flow, '3b-samtykke')!)).toMatchObject({
				level: { id: '3' },
				step: { id: '3b' },
				index: 1,
				count: 1,
				alternatives: [{ id: '3a' }]
			});
			// 1a and 1B are a sequence, not alternatives.
			expect(position(flow, findNode(flow, '1b-samarbeid')!)).toMatchObject({ index: 2, count: 2, alternatives: [] });
		});
	});
});
