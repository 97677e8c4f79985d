// The flow checker: every broken fixture is refused with the right JSON path and a plain
// sentence, the CLI reports "file: $.path: message" lines, and the real flows pass.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { checkFlow, checkFlowText, MAX_FLOW_BYTES, type Checked, type Problem } from '../../src/lib/flow/validate';
import { flowJsonSchema } from '../../src/lib/flow/json-schema';

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
	'bad-seed-name': { path: '$.source.seed', message: 'seed file name' },
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
		const text = readFileSync(join(BROKEN, `${name}.json`), 'utf8');

		it('is refused with the expected path and message', () => {
			let result: Checked | undefined;
			expect(() => (result = checkFlowText(text, name))).not.toThrow();
			const problems = problemsOf(result!);
			const { path, message } = EXPECTED[name];
			const hit = problems.find((p) => p.path === path && p.message.includes(message));
			expect(hit, `a problem at ${path} saying "${message}" in ${JSON.stringify(problems, null, 1)}`).toBeDefined();
		});

		it('says every problem in one plain sentence at a JSON path', () => {
			const problems = problemsOf(checkFlowText(text, name));
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

	// V8's JSON.parse messages quote the text around the error, raw tabs and line breaks included.
	it('keeps a JSON syntax error on one line (V8 quotes the surrounding text)', () => {
		const problems = problemsOf(checkFlowText(MINIMAL.replace('"next": "vurdering"', '"next": vurdering'), 'minimal'));
		expect(problems[0].path).toBe('$');
		expectSentence(problems[0].message);
	});
});

describe('the real flows', () => {
	it('are the five flows in flows/', () => {
		expect(realFlows).toHaveLength(5);
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
			const expected = problemsOf(checkFlowText(readFileSync(file, 'utf8'), name));
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
