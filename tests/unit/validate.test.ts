// The flow checker: every broken fixture is refused with the right JSON path and a plain
// sentence, the CLI reports "file: $.path: message" lines, and the real flows pass.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { checkFlow, checkFlowBytes, checkFlowText, MAX_FLOW_BYTES, MAX_FLOW_DEPTH, type Checked, type Problem } from '../../src/lib/flow/validate';
import { flowJsonSchema } from '../../src/lib/flow/json-schema';
import { MAX_TEXT, MAX_WORD } from '../../src/lib/flow/schema';
import { nestingDepth } from '../../src/lib/flow/source';

const BROKEN = 'tests/fixtures/broken';
const MINIMAL = readFileSync('tests/fixtures/valid/minimal.json', 'utf8');
const TSX = 'node_modules/.bin/tsx';

/**
 * Each broken fixture (file name without ".json") → the JSON path of the problem it must
 * produce and a distinctive part of that problem's message. Every fixture is a copy of
 * tests/fixtures/valid/minimal.json (with "id" set to its own file name) with one defect.
 */
const EXPECTED: Record<string, { path: string; message: string }> = {
	// Not JSON, or not an object.
	'not-json-truncated': { path: '$', message: 'not valid JSON' },
	'not-json-trailing-comma': { path: '$', message: 'not valid JSON' },
	'not-json-empty': { path: '$', message: 'not valid JSON' },
	'top-level-array': { path: '$', message: 'expected object, received array' },
	'top-level-null': { path: '$', message: 'expected object, received null' },
	// Missing required fields.
	'missing-id': { path: '$.id', message: 'expected string, received undefined' },
	'missing-version': { path: '$.version', message: 'expected string, received undefined' },
	'missing-title': { path: '$.title', message: 'expected object, received undefined' },
	'missing-nodes': { path: '$.nodes', message: 'expected array, received undefined' },
	'missing-levels': { path: '$.levels', message: 'expected array, received undefined' },
	'missing-start': { path: '$.start', message: 'expected string, received undefined' },
	'missing-municipality': { path: '$.municipality', message: 'expected object, received undefined' },
	'missing-step-todo': { path: '$.nodes[0].todo', message: 'expected array, received undefined' },
	// Wrong types.
	'wrong-type-title-number': { path: '$.title', message: 'expected object, received number' },
	'wrong-type-nb-number': { path: '$.nodes[1].question.nb', message: 'expected string, received number' },
	'wrong-type-nodes-string': { path: '$.nodes', message: 'expected array, received string' },
	'wrong-type-options-object': { path: '$.nodes[1].options', message: 'expected array, received object' },
	// A union of three shapes: the message names all three.
	'wrong-type-weeks-string': { path: '$.deadlines[0].period', message: 'Must be {"weeks": n}, {"days": n} or "asap"' },
	// Ids and version.
	'bad-id-capitals': { path: '$.id', message: 'lower-case letters, digits and single hyphens' },
	'bad-id-spaces': { path: '$.nodes[2].id', message: 'lower-case letters, digits and single hyphens' },
	'bad-id-aeoeaa': { path: '$.levels[0].steps[0].id', message: 'lower-case letters, digits and single hyphens' },
	'bad-version': { path: '$.version', message: 'version like "1.0.0"' },
	// Strict shapes.
	'unknown-kind': { path: '$.nodes[2].kind', message: 'Kind must be "step", "question" or "outcome"' },
	'unknown-property': { path: '$', message: 'Unrecognized key: "colour"' },
	'unknown-property-in-node': { path: '$.nodes[0]', message: 'Unrecognized key: "label"' },
	// Bilingual text.
	'text-missing-nn': { path: '$.title.nn', message: 'expected string, received undefined' },
	'text-empty-nn': { path: '$.title.nn', message: 'Must not be empty' },
	'text-whitespace-nn': { path: '$.nodes[0].todo[0].nn', message: 'Must not be empty' },
	'text-missing-nb': { path: '$.description.nb', message: 'expected string, received undefined' },
	// Minimum counts.
	'question-one-option': { path: '$.nodes[1].options', message: 'at least two options' },
	'empty-nodes': { path: '$.nodes', message: 'at least one node' },
	'level-without-steps': { path: '$.levels[1].steps', message: 'at least one step' },
	// Links between nodes.
	'dangling-step-next': { path: '$.nodes[0].next', message: 'The next node "finnes-ikke" does not exist' },
	'dangling-option-next': { path: '$.nodes[1].options[1].next', message: 'The next node "finnes-ikke" does not exist' },
	'dangling-start': { path: '$.start', message: 'The start node "finnes-ikke" does not exist' },
	'unreachable-node': { path: '$.nodes[3]', message: '"glemt" cannot be reached from the start node "undring"' },
	'cycle-without-exit': { path: '$.nodes[3]', message: 'From the node "runde-a" no path leads to an outcome' },
	'no-outcome': { path: '$.nodes[0]', message: 'From the node "undring" no path leads to an outcome' },
	// Duplicates.
	'duplicate-node-id': { path: '$.nodes[3].id', message: 'The node id "ferdig" is used more than once' },
	'duplicate-option-id': { path: '$.nodes[1].options[1].id', message: 'The option id "ja" is used more than once' },
	'duplicate-step-id': { path: '$.levels[0].steps[2].id', message: 'The step id "trinn-1" is used more than once' },
	'duplicate-contact-id': { path: '$.contacts[1].id', message: 'The contact id "helsesykepleier" is used more than once' },
	'duplicate-level-id': { path: '$.levels[1].id', message: 'The level id "niva-1" is used more than once' },
	// References into the tables, and unused table entries.
	'unknown-contact-ref': { path: '$.nodes[0].contacts[1].id', message: 'The contact "rektor" is not in the contacts table' },
	'unknown-tool-ref': { path: '$.nodes[0].tools[1]', message: 'The tool "skjema" is not in the tools table' },
	'unknown-deadline-ref': { path: '$.nodes[0].deadlines[1]', message: 'The deadline "to-uker" is not in the deadlines table' },
	'unknown-step-ref': { path: '$.nodes[2].step', message: 'The step "trinn-9" is not defined in any level' },
	'unused-tool': { path: '$.tools[1].id', message: 'The tool "skjema" is not used by any node' },
	'unused-contact': { path: '$.contacts[1].id', message: 'The contact "rektor" is not used by any node' },
	'unused-deadline': { path: '$.deadlines[1].id', message: 'The deadline "snarest" is not used by any node' },
	'step-without-node': { path: '$.levels[0].steps[2].id', message: 'The step "trinn-3" has no node' },
	// Ids with a meaning outside the flow.
	'reserved-node-id': { path: '$.nodes[2].id', message: 'The node id "svar" is reserved' },
	'id-mismatch': { path: '$.id', message: 'The id "minimal" must equal the file name "id-mismatch"' },
	// Field formats.
	'bad-phone': { path: '$.contacts[0].phone', message: 'phone number of digits and spaces' },
	'bad-email': { path: '$.contacts[0].email', message: 'e-mail address' },
	'http-url': { path: '$.tools[0].url', message: 'https:// address' },
	'deadline-weeks-zero': { path: '$.deadlines[0].period.weeks', message: 'expected number to be >=1' },
	'deadline-bad-from': { path: '$.deadlines[0].from', message: 'expected one of "worry"|"today"' },
	'bad-read-date': { path: '$.source.read', message: 'be the day it was read' },
	'bad-municipality-number': { path: '$.municipality.number', message: 'four digits of the kommunenummer' },
	'url-user-info': { path: '$.tools[0].url', message: 'no user name or password' },
	'url-port': { path: '$.contacts[0].url', message: 'no port' },
	// Keys twice in one object: JSON.parse would keep the last ("weeks": 52) without a word.
	'duplicate-key-period': { path: '$.deadlines[0].period', message: 'The key "weeks" appears twice in this object (on lines 85 and 86)' },
	'duplicate-key-escaped': { path: '$', message: 'The key "version" appears twice' },
	// The deadline's rule text must state its period.
	'deadline-rule-mismatch': { path: '$.deadlines[0].rule.nb', message: 'The rule says "1 uke" but the period is 52 weeks' },
	'deadline-rule-nn-mismatch': { path: '$.deadlines[0].rule.nn', message: 'The rule says "to veker" but the period is 1 week' },
	'deadline-rule-without-period': { path: '$.deadlines[0].rule.nb', message: 'The rule does not say its period of 1 week' },
	'deadline-asap-with-amount': { path: '$.deadlines[0].rule.nb', message: 'The rule says "1 uke" but the period is "asap"' },
	// Encoding.
	'not-utf8-latin1': { path: '$', message: 'The file is not UTF-8: the byte 0xF8 at line 7, column 13 is not valid there' },
	'replacement-character': { path: '$', message: '(U+FFFD) at line 12, column 33' },
	// Text limits.
	'text-zero-width': { path: '$.title.nb', message: 'Must not be empty' },
	'text-too-long': { path: '$.nodes[0].todo[0].nb', message: 'Must be at most 2000 characters' },
	'text-long-word': { path: '$.nodes[1].question.nn', message: 'Has a word of 108 characters, "barnevernstenesteund…", but a word may have at most 80' },
	'id-too-long': { path: '$.levels[0].id', message: 'Must be at most 80 characters' },
	// The service's notes and the safety rules (safety-rules.ts).
	'missing-reporting-duty': { path: '$.nodes[0].serviceNotes', message: 'is the first page, so its "serviceNotes" must include "reporting-duty"' },
	'missing-reporting-duty-consent': { path: '$.nodes[1].serviceNotes', message: 'mentions "samtykke", so its "serviceNotes" must include "reporting-duty"' },
	'missing-abuse-exception': { path: '$.nodes[0].serviceNotes', message: 'tells staff to involve the parents (it says "foreldrene" and "Inviter"), so its "serviceNotes" must include "abuse-exception"' },
	'missing-school-environment-law': { path: '$.nodes[0].serviceNotes', message: 'cites §9a of the old education act, so its "serviceNotes" must include "school-environment-law"' },
	'effect-not-marked': { path: '$.nodes[1].options[1].effect', message: 'The answer "nei" says the measures did not work, so it must be marked "effect": "not-worked"' },
	'not-worked-trap': { path: '$.nodes[1].options[1].next', message: 'After the answer "nei" (did not work) the user cannot reach a later step' },
	'service-note-bad-date': { path: '$.nodes[0].serviceNotes[1].checked', message: 'day it was checked, like "2026-11-26"' },
	'service-note-unknown-key': { path: '$.nodes[0].serviceNotes[1]', message: 'Must be "abuse-exception", "reporting-duty", "school-environment-law" or {"text"' },
	'alternative-to-later-step': { path: '$.levels[0].steps[0].alternativeTo', message: 'must be an earlier step of the same level' }
};

const fixtures = readdirSync(BROKEN)
	.filter((name) => name.endsWith('.json'))
	.map((name) => basename(name, '.json'))
	.sort();

const realFlows = readdirSync('flows')
	.filter((name) => name.endsWith('.json') && name !== 'flow.schema.json')
	.sort()
	.map((name) => basename(name, '.json'));

function problemsOf(result: Checked): Problem[] {
	expect(result.ok, 'the flow is refused').toBe(false);
	return result.ok ? [] : result.problems;
}

/** A message with the ids and keys it quotes (JSON strings, escapes and all) taken out: they may hold anything. */
const unquoted = (message: string) => message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"');

/** One plain sentence: a capital first, a full stop last, one line, no second sentence, no leaked internals. */
function expectSentence(message: string) {
	expect(message, 'starts with a capital letter').toMatch(/^\p{Lu}/u);
	expect(message, 'ends with a full stop').toMatch(/\.$/);
	expect(message, 'is one line').not.toMatch(/[\n\r\t]/);
	expect(message, 'is one sentence').not.toMatch(/[.!?]\s+\p{Lu}/u);
	expect(message).not.toContain('[object');
	expect(message, 'no stack trace').not.toMatch(/\n\s+at |\bat .+\(.+:\d+:\d+\)/);
	expect(message).not.toMatch(/\bNaN\b|\bfunction\b/);
}

function expectPath(path: string) {
	expect(path).toMatch(/^\$(\.[A-Za-z_$][\w$]*|\[\d+\]|\["[^"]*"\])*$/);
}

describe('the broken fixtures', () => {
	it('are at least 32 files, each listed in the table (and the table lists no missing file)', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(32);
		expect(fixtures).toEqual(Object.keys(EXPECTED).sort());
	});

	it('are small copies of minimal.json (none is over 100 KB)', () => {
		for (const name of fixtures) expect(readFileSync(join(BROKEN, `${name}.json`)).length).toBeLessThan(100 * 1024);
	});

	it('have a valid base: minimal.json passes as "minimal"', () => {
		const result = checkFlowText(MINIMAL, 'minimal');
		expect(result.ok ? [] : result.problems).toEqual([]);
	});

	describe.each(fixtures)('%s.json', (name) => {
		const bytes = readFileSync(join(BROKEN, `${name}.json`));

		it('is refused with the expected path and message', () => {
			let result: Checked | undefined;
			expect(() => (result = checkFlowBytes(bytes, name))).not.toThrow();
			const problems = problemsOf(result!);
			const { path, message } = EXPECTED[name];
			const hit = problems.find((p) => p.path === path && p.message.includes(message));
			expect(hit, `a problem at ${path} saying "${message}" in ${JSON.stringify(problems, null, 1)}`).toBeDefined();
		});

		it('says every problem in one plain sentence at a JSON path', () => {
			const problems = problemsOf(checkFlowBytes(bytes, name));
			expect(problems.length).toBeGreaterThan(0);
			for (const { path, message } of problems) {
				expectPath(path);
				expectSentence(message);
			}
		});
	});
});

describe('the size limit', () => {
	/** minimal.json with enough extra notes to weigh about `bytes` bytes. */
	function padded(bytes: number, paragraph = 'Husk å dokumentere alt som blir gjort i saken. ') {
		const flow = JSON.parse(MINIMAL);
		const nb = paragraph.repeat(20);
		const count = Math.ceil(bytes / (2 * new TextEncoder().encode(nb).length));
		flow.nodes[0].notes = Array.from({ length: count }, () => ({ nb, nn: nb }));
		return JSON.stringify(flow, null, '\t');
	}

	let dir: string;
	let huge: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'undring-huge-'));
		huge = join(dir, 'minimal.json');
		writeFileSync(huge, padded(600 * 1024));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('refuses a file over 512 KB before parsing it', () => {
		const text = readFileSync(huge, 'utf8');
		expect(text.length).toBeGreaterThan(MAX_FLOW_BYTES);
		const problems = problemsOf(checkFlowText(text, 'minimal'));
		expect(problems).toHaveLength(1);
		expect(problems[0].path).toBe('$');
		expect(problems[0].message).toMatch(/^The file is \d+ KB; a flow may be at most 512 KB\.$/);
		expectSentence(problems[0].message);
	});

	it('counts bytes, not characters: 300 000 × "ø" is 600 KB', () => {
		const text = padded(0).replace('"Minimal veileder"', `"${'ø'.repeat(300_000)}"`);
		expect(text.length).toBeLessThan(MAX_FLOW_BYTES);
		const problems = problemsOf(checkFlowText(text, 'minimal'));
		expect(problems[0]).toMatchObject({ path: '$', message: expect.stringContaining('at most 512 KB') });
	});

	it('accepts a valid flow of exactly 512 KB and refuses one byte more', () => {
		const base = JSON.stringify(JSON.parse(MINIMAL), null, '\t');
		const exact = base + ' '.repeat(MAX_FLOW_BYTES - new TextEncoder().encode(base).length);
		expect(new TextEncoder().encode(exact).length).toBe(MAX_FLOW_BYTES);
		expect(checkFlowText(exact, 'minimal').ok).toBe(true);
		const problems = problemsOf(checkFlowText(`${exact} `, 'minimal'));
		expect(problems[0].message).toContain('at most 512 KB');
	});

	it('is reported by the CLI as "file: $: message"', () => {
		const run = spawnSync(TSX, ['scripts/check-flows.ts', huge], { encoding: 'utf8' });
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(new RegExp(`^${escape(huge)}: \\$: The file is \\d+ KB; a flow may be at most 512 KB\\.$`, 'm'));
	});
});

describe('robustness', () => {
	it('never throws on any JSON value and always answers in plain sentences', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const result = checkFlow(value, 'minimal');
				if (!result.ok)
					for (const p of result.problems) {
						expectPath(p.path);
						expectSentence(unquoted(p.message));
					}
			}),
			{ numRuns: 300 }
		);
	});

	it('never throws when one value somewhere in minimal.json is replaced by anything', () => {
		const base = JSON.parse(MINIMAL);
		const paths: (string | number)[][] = [];
		const collect = (v: unknown, at: (string | number)[]) => {
			paths.push(at);
			if (Array.isArray(v)) v.forEach((x, i) => collect(x, [...at, i]));
			else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) collect(x, [...at, k]);
		};
		collect(base, []);
		fc.assert(
			fc.property(fc.constantFrom(...paths.slice(1)), fc.jsonValue({ maxDepth: 2 }), (at, value) => {
				const flow = structuredClone(base);
				let parent = flow;
				for (const key of at.slice(0, -1)) parent = parent[key];
				parent[at[at.length - 1]] = value;
				let result: Checked | undefined;
				expect(() => (result = checkFlow(flow, 'minimal'))).not.toThrow();
				if (!result!.ok)
					for (const p of result!.problems) {
						expectPath(p.path);
						expectSentence(unquoted(p.message));
					}
			}),
			{ numRuns: 500 }
		);
	});

	it('refuses JSON nested 200 000 deep (a recursive parser would overflow its stack) without throwing', () => {
		for (const text of ['['.repeat(200_000) + ']'.repeat(200_000), `{"nodes": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`]) {
			let result: Checked | undefined;
			expect(() => (result = checkFlowText(text, 'minimal'))).not.toThrow();
			expect(problemsOf(result!)[0].message).toMatch(/^The file nests objects and arrays \d+ levels deep; a flow may nest them at most 32 deep\.$/);
		}
	});

	it('measures nesting outside strings only, and the real flows nest well within the limit', () => {
		expect(nestingDepth('{"a": "[[[{{{\\"", "b": [{"c": "]]]"}]}')).toBe(3);
		for (const id of realFlows) expect(nestingDepth(readFileSync(`flows/${id}.json`, 'utf8')), id).toBeLessThanOrEqual(MAX_FLOW_DEPTH / 2);
	});

	// V8's JSON.parse messages quote the text around the error, raw tabs and line breaks included.
	it('keeps a JSON syntax error on one line (V8 quotes the surrounding text)', () => {
		const problems = problemsOf(checkFlowText(MINIMAL.replace('"next": "vurdering"', '"next": vurdering'), 'minimal'));
		expect(problems[0].path).toBe('$');
		expectSentence(problems[0].message);
	});
});

describe('the real flows', () => {
	it('are found in flows/, however many there are', () => {
		expect(realFlows.length).toBeGreaterThan(0);
	});

	it.each(realFlows)('%s.json passes checkFlowText', (id) => {
		const result = checkFlowText(readFileSync(`flows/${id}.json`, 'utf8'), id);
		expect(result.ok ? [] : result.problems).toEqual([]);
	});

	it('flows/flow.schema.json is up to date with the zod schema', () => {
		const checkedIn = readFileSync('flows/flow.schema.json', 'utf8');
		expect(checkedIn === flowJsonSchema(), 'flows/flow.schema.json is stale: run `npm run flows:schema`').toBe(true);
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the CLI (scripts/check-flows.ts)', () => {
	it('exits 1 on tests/fixtures/broken and reports "file: $.path: message" for every file', () => {
		const run = spawnSync(TSX, ['scripts/check-flows.ts', BROKEN], { encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(1);
		const lines = run.stderr.split('\n');
		for (const name of fixtures) {
			const file = join(BROKEN, `${name}.json`);
			const { path, message } = EXPECTED[name];
			const expected = problemsOf(checkFlowBytes(readFileSync(file), name));
			for (const p of expected) expect(lines, `${file}`).toContain(`${file}: ${p.path}: ${p.message}`);
			expect(lines.some((l) => l.startsWith(`${file}: ${path}: `) && l.includes(message)), `${file}: ${path}: …${message}…`).toBe(true);
		}
		expect(run.stderr).toContain(`flows:check: ${fixtures.length} of ${fixtures.length} flow files have problems.`);
	});

	it('exits 0 on flows/', () => {
		const run = spawnSync(TSX, ['scripts/check-flows.ts', 'flows'], { encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toContain(`flows:check: ${realFlows.length} flow files are valid.`);
	});
});

/** minimal.json with `change` applied, checked as an object. */
function checkChanged(change: (flow: any) => void): Checked {
	const flow = JSON.parse(MINIMAL);
	change(flow);
	return checkFlow(flow, 'minimal');
}

describe('duplicate keys (JSON.parse keeps the last one silently)', () => {
	const withText = (from: string, to: string) => {
		expect(MINIMAL).toContain(from);
		return checkFlowText(MINIMAL.replace(from, to), 'minimal');
	};

	it('are refused at any depth, with the path of their object and both lines', () => {
		expect(problemsOf(withText('"start": "undring",', '"start": "undring",\n\t"start": "ferdig",'))).toEqual([
			{ path: '$', message: 'The key "start" appears twice in this object (on lines 10 and 11); JSON keeps only the last one, so remove the other.' }
		]);
		const line = MINIMAL.slice(0, MINIMAL.indexOf('"nb": "Ja", "nn": "Ja"')).split('\n').length;
		expect(problemsOf(withText('"nb": "Ja", "nn": "Ja"', '"nb": "Ja", "nn": "Ja", "nb": "Nei"'))[0]).toMatchObject({
			path: '$.nodes[1].options[0].label',
			message: expect.stringContaining(`The key "nb" appears twice in this object (on line ${line})`)
		});
	});

	it('are told once for every repeat, and keys of different objects never clash', () => {
		const problems = problemsOf(withText('"id": "en-uke",', '"id": "en-uke", "id": "to", "id": "tre",'));
		expect(problems.map((p) => p.path)).toEqual(['$.deadlines[0]', '$.deadlines[0]']);
		// Every node has "kind" and "id": one per object is fine.
		expect(checkFlowText(MINIMAL, 'minimal').ok).toBe(true);
	});

	it('compare keys as JSON reads them: "\\u0069d" is "id"', () => {
		expect(problemsOf(withText('"version": "1.0.0",', '"version": "1.0.0", "vers\\u0069on": "2.0.0",'))[0].message).toContain(
			'The key "version" appears twice'
		);
	});

	it('come after a syntax error, which is told first', () => {
		const problems = problemsOf(withText('"start": "undring",', '"start": "undring", "start": "ferdig",,'));
		expect(problems[0].message).toContain('not valid JSON');
	});
});

describe('a deadline rule and its period', () => {
	const check = (rule: string, period: unknown, nn = rule) =>
		checkChanged((f) => Object.assign(f.deadlines[0], { rule: { nb: rule, nn }, period }));

	it.each<[string, unknown]>([
		['Senest innen 1 uke', { weeks: 1 }],
		['Senest innen én uke', { weeks: 1 }],
		['husk fristen på en uke for innkalling', { weeks: 1 }],
		['Seinast innan ei veke', { weeks: 1 }],
		['innan eitt døgn', { days: 1 }],
		['Inviter til møte innen to uker', { weeks: 2 }],
		['Innan tre veker etter at undringa oppstod', { weeks: 3 }],
		['Innen 4 uker etter bekymringen har oppstått', { weeks: 4 }],
		['Innen 14 dager', { weeks: 2 }],
		['Innan 14 dagar', { days: 14 }],
		['innen 2 uker', { days: 14 }],
		['Innen 3 ukers frist', { weeks: 3 }],
		['Ikke i uke 28: innen 2 uker', { weeks: 2 }],
		['Husk at barnehagen snarest skal undersøke saken', 'asap'],
		['Kall dem inn til et nytt møte (innen 2 uker)', { weeks: 2 }]
	])('accepts %j with %j', (rule, period) => {
		const result = check(rule, period);
		expect(result.ok ? [] : result.problems).toEqual([]);
	});

	it.each<[string, unknown, string]>([
		['Senest innen 1 uke', { weeks: 52 }, 'The rule says "1 uke" but the period is 52 weeks; make the text and the period agree.'],
		['Innen 14 dager', { weeks: 1 }, 'The rule says "14 dager" but the period is 1 week; make the text and the period agree.'],
		['Innan to veker', { weeks: 3 }, 'The rule says "to veker" but the period is 3 weeks; make the text and the period agree.'],
		['Innen 1 uke, ellers innen 3 uker', { weeks: 1 }, 'The rule says "3 uker" but the period is 1 week; make the text and the period agree.'],
		['Snarest, og senest innen 1 uke', 'asap', 'The rule says "1 uke" but the period is "asap"; make the text and the period agree.'],
		['Senest innen fristen', { days: 10 }, 'The rule does not say its period of 10 days (as in "innen 2 uker"), so the date shown would have no text to match.']
	])('refuses %j with %j', (rule, period, message) => {
		expect(problemsOf(check(rule, period))).toEqual([
			{ path: '$.deadlines[0].rule.nb', message },
			{ path: '$.deadlines[0].rule.nn', message }
		]);
	});

	it('checks each language on its own', () => {
		expect(problemsOf(check('Senest innen 1 uke', { weeks: 1 }, 'Seinast innan 2 veker'))).toEqual([
			{ path: '$.deadlines[0].rule.nn', message: 'The rule says "2 veker" but the period is 1 week; make the text and the period agree.' }
		]);
	});
});

describe('text', () => {
	const withTitle = (nb: string) => checkChanged((f) => (f.title.nb = nb));

	it.each([
		['zero-width space', '\u200b'],
		['zero-width non-joiner and joiner', '\u200c\u200d'],
		['word joiner', '\u2060'],
		['byte order mark', '\ufeff'],
		['soft hyphen', '\u00ad'],
		['right-to-left override', '\u202e'],
		['Mongolian vowel separator', '\u180e'],
		['Hangul filler', '\u3164'],
		['braille blank', '\u2800'],
		['no-break and ideographic spaces', '\u00a0\u3000'],
		['a mix with tabs and line breaks', ' \t\n\u200b\u00ad ']
	])('of only invisible characters (%s) counts as empty', (_, text) => {
		expect(problemsOf(withTitle(text))).toContainEqual({ path: '$.title.nb', message: 'Must not be empty.' });
	});

	it('with an invisible character among visible ones is fine', () => {
		expect(withTitle('Minimal\u00adveileder\u200b').ok).toBe(true);
	});

	it(`may have ${MAX_TEXT} characters and words of ${MAX_WORD}, not one more`, () => {
		const word = (n: number) => 'ø'.repeat(n);
		const words = (total: number) => `${`${word(9)} `.repeat(total / 10 - 1)}${word(10)}`;
		expect(words(MAX_TEXT)).toHaveLength(MAX_TEXT);
		expect(withTitle(words(MAX_TEXT)).ok).toBe(true);
		expect(problemsOf(withTitle(`${words(MAX_TEXT)}ø`))).toEqual([{ path: '$.title.nb', message: `Must be at most ${MAX_TEXT} characters.` }]);
		expect(withTitle(`Om ${word(MAX_WORD)}`).ok).toBe(true);
		expect(problemsOf(withTitle(`Om ${word(MAX_WORD + 1)}`))[0].message).toBe(
			`Has a word of ${MAX_WORD + 1} characters, "${word(20)}…", but a word may have at most ${MAX_WORD}.`
		);
	});

	it('refuses a word of 200 KB (it took half a minute to lay out) without trouble', () => {
		const problems = problemsOf(withTitle('x'.repeat(200_000)));
		expect(problems.map((p) => p.message)).toEqual([
			`Must be at most ${MAX_TEXT} characters.`,
			`Has a word of 200000 characters, "${'x'.repeat(20)}…", but a word may have at most ${MAX_WORD}.`
		]);
	});

	it('in the real flows is well within the limits', () => {
		for (const id of realFlows) {
			const texts: string[] = [];
			const collect = (v: unknown): void => {
				if (Array.isArray(v)) v.forEach(collect);
				else if (typeof v === 'object' && v !== null) {
					const { nb, nn } = v as Record<string, unknown>;
					if (typeof nb === 'string' && typeof nn === 'string') texts.push(nb, nn);
					else Object.values(v).forEach(collect);
				}
			};
			collect(JSON.parse(readFileSync(`flows/${id}.json`, 'utf8')));
			expect(Math.max(...texts.map((t) => t.length)), id).toBeLessThanOrEqual(MAX_TEXT / 2);
			expect(Math.max(...texts.flatMap((t) => t.split(/\s+/).map((w) => w.length))), id).toBeLessThanOrEqual(MAX_WORD / 2);
		}
	});
});

describe('web addresses', () => {
	const withUrl = (url: string) => checkChanged((f) => (f.tools[0].url = url));

	it.each([
		'https://kommune.no/',
		'https://www.kongsvinger.kommune.no/tjenester/barnehage/',
		'https://kommune.no',
		'https://kommune.no/side?a=1&b=2#del',
		'https://kommune.no/@brukar',
		'https://kommune.no/skjema/bekymring%20for%20barn',
		'https://xn--brum-roa.kommune.no/'
	])('accepts %s', (url) => {
		expect(withUrl(url).ok).toBe(true);
	});

	it.each([
		['user info', 'https://kommune.no@evil.example/'],
		['a user and password', 'https://user:pass@kommune.no/'],
		['an empty user', 'https://@kommune.no/'],
		['a port', 'https://kommune.no:8443/'],
		['http', 'http://kommune.no/'],
		['no slashes', 'https:kommune.no'],
		['a protocol-relative address', '//kommune.no/'],
		['javascript:', 'javascript:alert(1)'],
		['a leading space', ' https://kommune.no/'],
		['a trailing line break', 'https://kommune.no/\n'],
		['a tab in the host', 'https://kom\tmune.no/'],
		['a space in the path', 'https://kommune.no/a b'],
		['a backslash', 'https://kommune.no\\@evil.example/'],
		['a look-alike letter (Cyrillic o)', 'https://kommune.n\u043e/'],
		['a letter outside ASCII in the host', 'https://bærum.kommune.no/'],
		['a letter outside ASCII in the path', 'https://kommune.no/bekymring-for-barn-ø'],
		['a right-to-left override', 'https://kommune.no/\u202eexe.txt'],
		['an IP address', 'https://127.0.0.1/'],
		['a single-label host', 'https://localhost/'],
		['a host ending in a dot', 'https://kommune.no./'],
		['an address of 2001 characters', `https://kommune.no/${'a'.repeat(1982)}`]
	])('refuses %s', (_, url) => {
		const problems = problemsOf(withUrl(url));
		expect(problems).toHaveLength(1);
		expect(problems[0].path).toBe('$.tools[0].url');
		expectSentence(problems[0].message);
	});
});

describe('encoding', () => {
	const bytesOf = (...parts: (string | number[])[]) =>
		Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
	const problem = (bytes: Uint8Array) => problemsOf(checkFlowBytes(bytes, 'minimal'))[0];

	it('accepts UTF-8 with or without a byte order mark', () => {
		expect(checkFlowBytes(bytesOf(MINIMAL), 'minimal').ok).toBe(true);
		expect(checkFlowBytes(bytesOf([0xef, 0xbb, 0xbf], MINIMAL), 'minimal').ok).toBe(true);
	});

	it('finds the bad byte by line and column in characters, after letters of several bytes', () => {
		const [before, after] = MINIMAL.split('Minimal veileder');
		const bytes = bytesOf(before, 'Minimal veileder på ', [0xe5], 'øy', after);
		expect(problem(bytes)).toEqual({
			path: '$',
			message:
				'The file is not UTF-8: the byte 0xE5 at line 6, column 40 is not valid there (was it saved as Latin-1 or Windows-1252?), so save the file as UTF-8.'
		});
	});

	it.each<[string, number[], string]>([
		['a Windows-1252 quote', [0x93], '0x93 at line 1, column 2'],
		['an overlong "/"', [0xc0, 0xaf], '0xC0 at line 1, column 2'],
		['an encoded surrogate', [0xed, 0xa0, 0x80], '0xED at line 1, column 2'],
		['a sequence cut short', [0xe2, 0x82], '0xE2 at line 1, column 2']
	])('refuses %s', (_, bad, where) => {
		expect(problem(bytesOf('{', bad, '}')).message).toContain(`the byte ${where} is not valid there`);
	});

	it('refuses a file cut in the middle of a letter', () => {
		expect(problem(bytesOf('{"a": "', [0xc3])).message).toContain('the byte 0xC3 at line 1, column 8');
	});

	it('refuses the replacement character "\uFFFD" even when it is encoded well: a letter was lost before', () => {
		const text = MINIMAL.replace('Minimal veileder', 'Minimal veileder for Pr\uFFFDve');
		expect(problem(bytesOf(text)).message).toContain('(U+FFFD) at line 6, column 43');
		expect(problemsOf(checkFlowText(text, 'minimal'))[0].message).toContain('(U+FFFD) at line 6, column 43');
	});

	it('checks the size before decoding', () => {
		// Not one of these bytes is UTF-8, but the size is told.
		const bytes = new Uint8Array(MAX_FLOW_BYTES + 1).fill(0xff);
		expect(problem(bytes).message).toBe('The file is 512 KB; a flow may be at most 512 KB.');
	});
});

describe('the CLI on a Latin-1 file and a huge file', () => {
	let dir: string;
	beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'undring-cli-'))));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('reports the line and column of a byte that is not UTF-8', () => {
		const file = join(dir, 'minimal.json');
		writeFileSync(file, Buffer.from(MINIMAL.replace('Prøve kommune', 'Pr\u00f8ve kommune'), 'latin1'));
		const run = spawnSync(TSX, ['scripts/check-flows.ts', file], { encoding: 'utf8' });
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(
			`${file}: $: The file is not UTF-8: the byte 0xF8 at line 5, column 39 is not valid there (was it saved as Latin-1 or Windows-1252?), so save the file as UTF-8.`
		);
	});

	it('refuses a file of 50 MB by its size', () => {
		const file = join(dir, 'stor.json');
		writeFileSync(file, '');
		truncateSync(file, 50 * 1024 * 1024);
		const run = spawnSync(TSX, ['scripts/check-flows.ts', file], { encoding: 'utf8' });
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`${file}: $: The file is 51200 KB; a flow may be at most 512 KB.`);
	});
});
