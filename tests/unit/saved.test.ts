// Restoring the wizard's state from sessionStorage: only ids and a date that fit the flow survive.
import { describe, it, expect } from 'vitest';
import { restore, storageKey, type Saved } from '../../src/lib/flow/saved';
import { walk } from '../../src/lib/flow/engine';
import { loadFlow } from './flow-helpers';

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
		expect(restore(null, flow)).toEqual({ status: 'empty' });
	});

	it('gives back a good state', () => {
		expect(restore(raw(), flow)).toEqual({ status: 'ok', saved: good });
		expect(walk(flow, good).current.id).toBe('niva-1');
	});

	it('accepts a state without a worry date, a trail with no answers and a deep-linked start', () => {
		const { worry: _, ...noWorry } = good;
		expect(restore(JSON.stringify(noWorry), flow)).toEqual({ status: 'ok', saved: noWorry });
		expect(restore(raw({ answers: [] }), flow)).toEqual({ status: 'ok', saved: { ...good, answers: [] } });
		expect(restore(raw({ from: 'steg-3', answers: ['neste', 'ekstern-hjelp'] }), flow)).toMatchObject({
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
		expect(restore(text, flow)).toEqual(corrupt);
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
		expect(restore(raw(patch), flow)).toEqual(corrupt);
	});

	it('discards a state of another version of the flow', () => {
		expect(restore(raw({ version: '0.9.0' }), flow)).toEqual({ status: 'discarded', reason: 'version' });
		expect(restore(raw({ version: undefined }), flow)).toEqual({ status: 'discarded', reason: 'version' });
		// The version is checked before the graph: a state of an old version may not fit the new graph.
		expect(restore(raw({ version: '0.9.0', answers: ['gammelt-svar'] }), flow)).toEqual({
			status: 'discarded',
			reason: 'version'
		});
	});

	it('keeps no free text: unknown properties are not carried over', () => {
		const result = restore(raw({ name: 'Ola Nordmann', note: 'Bekymret for Ola' }), flow);
		expect(result).toEqual({ status: 'ok', saved: good });
		expect(JSON.stringify(result)).not.toContain('Ola');
	});

	it('restores against every real flow its own start', () => {
		for (const id of ['fauske-tims', 'handlingsforlop', 'heim', 'kongsvinger', 'ved-bekymring']) {
			const f = loadFlow(id);
			const saved: Saved = { flow: f.id, version: f.version, from: f.start, answers: [] };
			expect(restore(JSON.stringify(saved), f)).toEqual({ status: 'ok', saved });
			expect(restore(JSON.stringify({ ...saved, flow: id === 'heim' ? 'kongsvinger' : 'heim' }), f)).toEqual(corrupt);
		}
	});
});

describe('storageKey', () => {
	it('is namespaced per flow', () => {
		expect(storageKey('heim')).toBe('undringsveiviseren:heim');
		expect(storageKey('heim')).not.toBe(storageKey('kongsvinger'));
	});
});
