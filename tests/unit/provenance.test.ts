// The flow format's provenance and status: a municipality's publication (address, title, publisher, the day it
// was read, language), its kommunenummer, and draft or published. Nothing refers to this repository's fixtures.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { checkFlow, type Checked } from '../../src/lib/flow/validate';
import { Flow } from '../../src/lib/flow/schema';

const MINIMAL = JSON.parse(readFileSync('tests/fixtures/valid/minimal.json', 'utf8'));
const files = readdirSync('flows').filter((n) => n.endsWith('.json') && n !== 'flow.schema.json');
const problems = (r: Checked) => (r.ok ? [] : r.problems);
const withSource = (source: Record<string, unknown>) => ({ ...MINIMAL, source: { ...MINIMAL.source, ...source } });

describe('source', () => {
	it('takes an https address or null (not known), a publisher or null, and the day it was read', () => {
		expect(problems(checkFlow(withSource({ url: null, publisher: null }), 'minimal'))).toEqual([]);
		expect(problems(checkFlow(withSource({ url: 'http://example.no/' }), 'minimal'))[0]).toMatchObject({ path: '$.source.url', message: expect.stringContaining('https://') });
		expect(problems(checkFlow(withSource({ read: '2026-13-01' }), 'minimal'))[0]).toMatchObject({ path: '$.source.read' });
		expect(problems(checkFlow(withSource({ publisher: ' ' }), 'minimal'))[0]).toMatchObject({ path: '$.source.publisher', message: 'Must not be empty.' });
	});

	it('requires every field but the note, and refuses the old fixture file name', () => {
		for (const key of ['url', 'title', 'publisher', 'read', 'language']) {
			const { [key]: _, ...rest } = MINIMAL.source;
			expect(problems(checkFlow({ ...MINIMAL, source: rest }, 'minimal')).map((p) => p.path), key).toEqual([`$.source.${key}`]);
		}
		expect(problems(checkFlow(withSource({ seed: '000_a4c31b9c247018e3.txt' }), 'minimal'))[0].message).toBe(
			'Unrecognized key: "seed"; it is not part of the flow format.'
		);
	});

	it('has no seed-file pattern in the JSON Schema', () => {
		const schema = readFileSync('flows/flow.schema.json', 'utf8');
		expect(schema).not.toMatch(/seed|\[0-9\]\{3\}_|\\\\.txt/);
		expect(JSON.parse(schema).properties.source.required).toEqual(['url', 'title', 'publisher', 'read', 'language']);
	});
});

describe('municipality and status', () => {
	it('takes a kommunenummer of four digits, or none', () => {
		const municipality = (number?: string) => ({ ...MINIMAL, municipality: { ...MINIMAL.municipality, number } });
		expect(problems(checkFlow(municipality('3401'), 'minimal'))).toEqual([]);
		expect(problems(checkFlow(municipality(undefined), 'minimal'))).toEqual([]);
		for (const bad of ['402', '34011', 'K3401'])
			expect(problems(checkFlow(municipality(bad), 'minimal'))[0], bad).toMatchObject({ path: '$.municipality.number' });
	});

	it('is "published" or "draft", and must be given', () => {
		expect(problems(checkFlow({ ...MINIMAL, status: 'draft' }, 'minimal'))).toEqual([]);
		expect(problems(checkFlow({ ...MINIMAL, status: 'approved' }, 'minimal'))[0]).toMatchObject({ path: '$.status' });
		const { status: _, ...without } = MINIMAL;
		expect(problems(checkFlow(without, 'minimal'))[0]).toMatchObject({ path: '$.status' });
	});
});

describe.each(files)('flows/%s', (name) => {
	const flow = Flow.parse(JSON.parse(readFileSync(`flows/${name}`, 'utf8')));

	it('names its source: title, the day it was read, and the address and publisher where they are known', () => {
		expect(flow.source.title.nb.length).toBeGreaterThan(0);
		expect(flow.source.read <= new Date().toISOString().slice(0, 10)).toBe(true);
		if (flow.source.url !== null) expect(flow.source.url).toMatch(/^https:\/\//);
		if (flow.municipality?.number) expect(flow.municipality.number).toMatch(/^\d{4}$/);
	});
});
