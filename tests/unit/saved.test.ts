// Restoring the wizard's state from sessionStorage: only ids and a date that fit the flow survive.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { earliestWorry, isWorryDate, maxAnswers, restore, storageKey, type Saved } from '../../src/lib/flow/saved';
import { walk } from '../../src/lib/flow/engine';
import { checkFlowText } from '../../src/lib/flow/validate';
import { graphOf } from '../../src/lib/flow/views';
import { localize } from '../../src/lib/flow/localize';
import { Progress } from '../../src/lib/state/progress.svelte';
import { loadFlow } from './flow-helpers';

/** The user's today in these tests, so that they do not depend on the clock. */
const TODAY = '2026-11-26';

const flow = loadFlow('heim');
const good: Saved = {
	flow: 'heim',
	version: flow.version,
	from: 'steg-1',
	answers: ['neste', 'neste', 'neste', 'tiltak'],
	worry: '2026-11-20'
};
const raw = (patch: Record<string, unknown> = {}) => JSON.stringify({ ...good, ...patch });
const corrupt = { status: 'discarded', reason: 'corrupt' } as const;

describe('restore', () => {
	it('gives empty when nothing is saved', () => {
		expect(restore(null, flow, TODAY)).toEqual({ status: 'empty' });
	});

	it('gives back a good state', () => {
		expect(restore(raw(), flow, TODAY)).toEqual({ status: 'ok', saved: good });
		expect(walk(flow, good).current.id).toBe('niva-1');
	});

	it('accepts a state without a worry date, a trail with no answers and a deep-linked start', () => {
		const { worry: _, ...noWorry } = good;
		expect(restore(JSON.stringify(noWorry), flow, TODAY)).toEqual({ status: 'ok', saved: noWorry });
		expect(restore(raw({ answers: [] }), flow, TODAY)).toEqual({ status: 'ok', saved: { ...good, answers: [] } });
		expect(restore(raw({ from: 'steg-3', answers: ['neste', 'ekstern-hjelp'] }), flow, TODAY)).toMatchObject({
			status: 'ok',
			saved: { from: 'steg-3', answers: ['neste', 'ekstern-hjelp'] }
		});
	});

	it.each([
		['empty text', ''],
		['garbage', 'not json {'],
		['truncated JSON', raw().slice(0, 40)],
		['a number', '42'],
		['a string', '"heim"'],
		['null', 'null'],
		['an array', '[]'],
		['true', 'true']
	])('discards %s as corrupt', (_, text) => {
		expect(restore(text, flow, TODAY)).toEqual(corrupt);
	});

	it.each<[string, Record<string, unknown>]>([
		['another flow', { flow: 'kongsvinger' }],
		['no flow', { flow: undefined }],
		['from of the wrong type', { from: 3 }],
		['from missing', { from: undefined }],
		['an unknown start node', { from: 'finnes-ikke' }],
		['a start that is not an id', { from: 'Steg 1' }],
		['answers not an array', { answers: 'neste' }],
		['answers as an object', { answers: { 0: 'neste' } }],
		['answers of the wrong type', { answers: [1, 2] }],
		['null in the answers', { answers: ['neste', null] }],
		['answers that do not fit the graph', { answers: ['neste', 'ja'] }],
		['answers past an outcome', { answers: ['neste', 'neste', 'neste', 'tiltak', 'neste'] }],
		['an answer that belongs to another node', { answers: ['tiltak'] }],
		['an invalid worry date', { worry: '2026-02-30' }],
		['a worry date in another format', { worry: '20.11.2026' }],
		['an empty worry date', { worry: '' }],
		['a worry date that is not text', { worry: 20261120 }],
		['a null worry date', { worry: null }],
		['free text in the answers', { answers: ['neste', 'Ola Nordmann'] }],
		['a name as an answer id', { answers: ['ola-nordmann'] }],
		['free text as the start', { from: 'Ola Nordmann' }]
	])('discards %s as corrupt', (_, patch) => {
		expect(restore(raw(patch), flow, TODAY)).toEqual(corrupt);
	});

	it('discards a state of another version of the flow', () => {
		expect(restore(raw({ version: '0.9.0' }), flow, TODAY)).toEqual({ status: 'discarded', reason: 'version' });
		expect(restore(raw({ version: undefined }), flow, TODAY)).toEqual({ status: 'discarded', reason: 'version' });
		// The version is checked before the graph: a state of an old version may not fit the new graph.
		expect(restore(raw({ version: '0.9.0', answers: ['gammelt-svar'] }), flow, TODAY)).toEqual({
			status: 'discarded',
			reason: 'version'
		});
	});

	it('keeps no free text: unknown properties are not carried over', () => {
		const result = restore(raw({ name: 'Ola Nordmann', note: 'Bekymret for Ola' }), flow, TODAY);
		expect(result).toEqual({ status: 'ok', saved: good });
		expect(JSON.stringify(result)).not.toContain('Ola');
	});

	it('restores against every real flow its own start', () => {
		for (const id of ['fauske-tims', 'handlingsforlop', 'heim', 'kongsvinger', 'ved-bekymring']) {
			const f = loadFlow(id);
			const saved: Saved = { flow: f.id, version: f.version, from: f.start, answers: [] };
			expect(restore(JSON.stringify(saved), f, TODAY)).toEqual({ status: 'ok', saved });
			expect(restore(JSON.stringify({ ...saved, flow: id === 'heim' ? 'kongsvinger' : 'heim' }), f, TODAY)).toEqual(corrupt);
		}
	});
});

describe('storageKey', () => {
	it('is namespaced per flow', () => {
		expect(storageKey('heim')).toBe('undringsveiviseren:heim');
		expect(storageKey('heim')).not.toBe(storageKey('kongsvinger'));
	});
});

describe('restore: caps and sanity', () => {
	// minimal.json loops: "vurdering" answered "nei" leads back to "undring".
	const checked = checkFlowText(readFileSync('tests/fixtures/valid/minimal.json', 'utf8'), 'minimal');
	if (!checked.ok) throw new Error('minimal.json is invalid');
	const looping = checked.flow;
	const loop = (rounds: number) => Array.from({ length: rounds }, () => ['neste', 'nei']).flat();
	const state = (answers: string[]) => JSON.stringify({ flow: 'minimal', version: '1.0.0', from: 'undring', answers });

	afterEach(() => vi.restoreAllMocks());

	it('discards 200 000 valid looping answers (1.4 MB; such a state hung "Dine svar") as corrupt', () => {
		const raw = state(loop(100_000));
		expect(raw.length).toBeGreaterThan(1_000_000);
		expect(walk(looping, { from: 'undring', answers: loop(100_000) }).answers).toHaveLength(200_000);
		expect(restore(raw, looping, TODAY)).toEqual(corrupt);
	});

	it(`keeps up to ten answers per node of the flow (${maxAnswers(looping)} here), not one more`, () => {
		const cap = maxAnswers(looping);
		expect(cap).toBe(10 * looping.nodes.length);
		expect(restore(state(loop(cap / 2)), looping, TODAY)).toMatchObject({ status: 'ok' });
		expect(restore(state([...loop(cap / 2), 'neste']), looping, TODAY)).toEqual(corrupt);
	});

	it('does not even parse text longer than a valid state can be', () => {
		const parse = vi.spyOn(JSON, 'parse');
		const raw = state([]).replace('"answers"', `${' '.repeat(1024 + 100 * maxAnswers(looping))}"answers"`);
		expect(restore(raw, looping, TODAY)).toEqual(corrupt);
		expect(parse).not.toHaveBeenCalled();
	});

	it('calls a version that is not a version text corrupt, not "the model was updated"', () => {
		for (const version of [1, 1.1, 0, null, true, ['1.0.0'], { major: 1 }, '', 'ny', '1.0', 'v1.0.0'])
			expect(restore(raw({ version }), flow, TODAY), JSON.stringify(version)).toEqual(corrupt);
		expect(restore(raw({ version: '2.0.0' }), flow, TODAY)).toEqual({ status: 'discarded', reason: 'version' });
	});

	it.each([
		['9999-12-31', 'far in the future'],
		['2026-11-27', 'tomorrow'],
		['0001-01-01', 'absurdly old'],
		['2016-11-25', 'more than ten years ago']
	])('discards the worry date %s (%s) as corrupt', (worry) => {
		expect(restore(raw({ worry }), flow, TODAY)).toEqual(corrupt);
	});

	it('keeps a worry date of today or up to ten years ago', () => {
		for (const worry of [TODAY, '2026-01-01', '2016-11-26'])
			expect(restore(raw({ worry }), flow, TODAY), worry).toEqual({ status: 'ok', saved: { ...good, worry } });
	});
});

describe('worry dates', () => {
	it('go back ten years from today', () => {
		expect(earliestWorry('2026-11-26')).toBe('2016-11-26');
		expect(earliestWorry('2028-02-29')).toBe('2018-02-29');
		expect(isWorryDate('2018-02-28', '2028-02-29')).toBe(false);
		expect(isWorryDate('2018-03-01', '2028-02-29')).toBe(true);
		expect(isWorryDate('2026-02-30', '2026-11-26')).toBe(false);
	});

	it('typed past the field\'s limits count as today in the wizard', () => {
		const progress = new Progress(graphOf(localize(loadFlow('heim'), 'nb')));
		progress.setWorry('9999-12-31');
		expect(progress.worry).toBeUndefined();
		progress.setWorry('1900-01-01');
		expect(progress.worry).toBeUndefined();
		progress.setWorry(progress.today);
		expect(progress.worry).toBe(progress.today);
	});
});

describe('a tab whose sessionStorage is denied (a frame on another site)', () => {
	afterEach(() => vi.unstubAllGlobals());
	const heim = graphOf(localize(loadFlow('heim'), 'nb'));

	it('keeps the way for the life of the page: a new Progress (the next page) has it', () => {
		vi.stubGlobal('sessionStorage', {
			getItem: () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
			setItem: () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
			removeItem: () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); }
		});
		const first = new Progress(heim);
		first.clear();
		for (const id of ['steg-1', 'steg-2', 'steg-3', 'grunn-til-oppfolging']) first.arrive(id, false);
		first.answer('ikke-nodvendig');
		const next = new Progress(heim);
		next.load();
		expect(next.stored).toBe(true);
		expect(next.walk.current.id).toBe('avslutt-saken');
		next.clear();
		const after = new Progress(heim);
		after.load();
		expect(after.stored).toBe(false);
	});

	it('where storage works, stores there too', () => {
		const store = new Map<string, string>();
		vi.stubGlobal('sessionStorage', {
			getItem: (k: string) => store.get(k) ?? null,
			setItem: (k: string, v: string) => void store.set(k, v),
			removeItem: (k: string) => void store.delete(k)
		});
		const progress = new Progress(heim);
		progress.arrive('steg-1', false);
		progress.arrive('steg-2', false);
		expect(JSON.parse(store.get(storageKey('heim'))!).answers).toEqual(['neste']);
		progress.clear();
		expect(store.has(storageKey('heim'))).toBe(false);
	});
});
