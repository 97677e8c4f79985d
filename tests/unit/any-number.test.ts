// Nothing assumes the number of models: a copy of this project with two more flows in flows/ (a sixth model,
// published, and a draft) passes the flow check, the validation and property tests and the build, with no code
// edit. The draft is built and can be walked by its link, but is not listed, and every page of it says it is a
// draft and asks search engines to skip it.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatFlow } from '../../src/lib/flow/format';
import type { Flow } from '../../src/lib/flow/schema';

const ROOT = resolve('.');
const copyOf = (from: string, changes: Partial<Flow>): Flow => ({ ...JSON.parse(readFileSync(`flows/${from}.json`, 'utf8')), ...changes });
const SIXTH = copyOf('heim', { id: 'sjette-modell', title: { nb: 'Sjette modell', nn: 'Sjette modell' } });
const DRAFT = copyOf('kongsvinger', { id: 'utkast-modell', status: 'draft', title: { nb: 'Utkastmodell', nn: 'Utkastmodell' } });

let dir: string;
const run = (command: string, args: string[]) => {
	const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};
const page = (path: string) => readFileSync(join(dir, 'build', path, 'index.html'), 'utf8');

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'undring-more-models-'));
	for (const name of ['src', 'scripts', 'static', 'flows', 'tests/unit', 'tests/fixtures', 'package.json', 'svelte.config.js', 'vite.config.ts', 'vite.studio.config.ts', 'tsconfig.json'])
		cpSync(join(ROOT, name), join(dir, name), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
	for (const flow of [SIXTH, DRAFT]) writeFileSync(join(dir, 'flows', `${flow.id}.json`), formatFlow(flow));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }), 120_000);

describe('seven models instead of five', () => {
	it('pass flows:check', () => {
		const check = run('node_modules/.bin/tsx', ['scripts/check-flows.ts']);
		expect(check.output).toContain('flows:check: 7 flow files are valid.');
		expect(check.status).toBe(0);
	});

	it('pass the validation, format and property tests over every flow, unchanged', { timeout: 600_000 }, () => {
		// The tests as they are, picked by name: those over every flow in flows/ (the property walks only on the new ones, for time).
		const names = `engine invariants on (${SIXTH.id}|${DRAFT.id})|formatFlow|the real flows|flows/[a-z0-9-]+\\.json`;
		const files = ['engine.property', 'format', 'provenance', 'validate'].map((f) => `tests/unit/${f}.test.ts`);
		const tests = run('node_modules/.bin/vitest', ['run', ...files, '--reporter=verbose', '-t', names]);
		expect(tests.status, tests.output).toBe(0);
		const lines = tests.output.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
		const passed = (name: string) => lines.some((line) => line.includes('✓') && line.includes(name));
		for (const id of [SIXTH.id, DRAFT.id])
			for (const name of [`engine invariants on ${id} > holds over`, `the real flows > ${id}.json passes checkFlowText`, `formatFlow > writes flows/${id}.json`, `flows/${id}.json > names its source`])
				expect(passed(name), name).toBe(true);
	});

	it('are built; the draft is walkable by its link but not listed, bannered and not indexed on every page', { timeout: 600_000 }, () => {
		const build = run('npm', ['run', 'build']);
		expect(build.status, build.output).toBe(0);
		for (const lang of ['nb', 'nn'] as const) {
			const start = page(lang);
			expect(start).toContain(`href="/${lang}/${SIXTH.id}/"`);
			expect(start).not.toContain(DRAFT.id);
			for (const flow of [SIXTH, DRAFT])
				for (const prefix of ['', 'embed/'])
					for (const path of [`${flow.id}`, ...flow.nodes.map((n) => `${flow.id}/${n.id}`), `${flow.id}/oversikt`, `${flow.id}/svar`]) {
						const html = page(`${prefix}${lang}/${path}`);
						const draft = flow === DRAFT;
						expect(html.includes('<meta name="robots" content="noindex" />'), path).toBe(draft);
						expect(html.includes(lang === 'nb' ? 'Utkast – ikke godkjent av kommunen' : 'Utkast – ikkje godkjent av kommunen'), path).toBe(draft);
						expect(/<body[^>]* data-sveltekit-reload/.test(html), path).toBe(draft);
						// Walkable: every link of the model's own leads to a page of the build.
						for (const [, href] of html.matchAll(new RegExp(`href="(/${prefix}${lang}/${flow.id}/[^"#?]*)"`, 'g')))
							expect(existsSync(join(dir, 'build', href, 'index.html')), `${path} links to ${href}`).toBe(true);
					}
		}
		// The studio can open the published sixth model, not the draft (that one opens from its file).
		expect(existsSync(join(dir, 'build/studio/modeller', `${SIXTH.id}.json`))).toBe(true);
		expect(existsSync(join(dir, 'build/studio/modeller', `${DRAFT.id}.json`))).toBe(false);
		// The published models' pages carry no banner.
		expect(readdirSync(join(dir, 'build/nb/heim')).length).toBeGreaterThan(1);
		expect(page('nb/heim/steg-1')).not.toContain('noindex');
	});
});
