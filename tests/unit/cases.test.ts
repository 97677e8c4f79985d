// A trainer's demonstration cases in the tab: named by a letter, at most five, checked like the wizard's own way.
import { describe, expect, it } from 'vitest';
import { addCase, casesKey, MAX_CASES, readCases, removeCase } from '../../src/lib/flow/cases';
import type { Saved } from '../../src/lib/flow/saved';
import { loadFlow } from './flow-helpers';

const TODAY = '2026-11-26';
const flow = loadFlow('heim');
const way = (answers: string[]): Saved => ({ flow: 'heim', version: flow.version, from: 'steg-1', answers });

describe('demonstration cases', () => {
	it('are kept under letters A to E, the next free one each time, and no more than five', () => {
		let cases = addCase([], way(['neste']));
		cases = addCase(cases, way(['neste', 'neste']));
		expect(cases.map((c) => c.id)).toEqual(['a', 'b']);
		cases = addCase(removeCase(cases, 'a'), way([]));
		expect(cases.map((c) => c.id)).toEqual(['b', 'a']);
		for (let i = 0; i < 10; i++) cases = addCase(cases, way([]));
		expect(cases).toHaveLength(MAX_CASES);
	});

	it('read back what was written, and leave out anything broken or off the flow', () => {
		const cases = addCase(addCase([], way(['neste'])), way(['neste', 'neste', 'neste', 'tiltak']));
		expect(readCases(JSON.stringify(cases), flow, TODAY)).toEqual(cases);
		const junk = [
			{ id: 'a', saved: way(['neste']) },
			{ id: 'a', saved: way([]) }, // the same letter twice
			{ id: 'z', saved: way([]) }, // not a letter we give
			{ id: 'b', saved: way(['nowhere']) }, // an answer the flow does not have
			{ id: 'c', saved: { ...way([]), version: '0.0.1' } }, // an older model
			{ id: 'd', saved: { ...way([]), name: 'Ola' } }, // free text is not kept
			'e'
		];
		expect(readCases(JSON.stringify(junk), flow, TODAY)).toEqual([
			{ id: 'a', saved: way(['neste']) },
			{ id: 'd', saved: way([]) }
		]);
		for (const raw of [null, '', '{', '{"a":1}', 'x'.repeat(100_000)]) expect(readCases(raw, flow, TODAY)).toEqual([]);
		expect(casesKey('heim')).toBe('undringsveiviseren:saker-heim');
	});
});
