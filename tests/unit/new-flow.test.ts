// `npm run flows:new`: a minimal draft that passes flows:check at once, and a published model may keep no placeholder.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localToday } from '../../src/lib/flow/deadline';
import { formatFlow } from '../../src/lib/flow/format';
import { checkFlow, checkFlowText } from '../../src/lib/flow/validate';
import { isPlaceholder, templateFlow } from '../../src/lib/flow/template';

const TSX = 'node_modules/.bin/tsx';

/** Every string under `value` with its JSON path. */
function strings(value: unknown, path = '$'): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (typeof value !== 'object' || value === null) return [];
	return Object.entries(value).flatMap(([k, v]) => strings(v, Array.isArray(value) ? `${path}[${k}]` : `${path}.${k}`));
}

describe('the template', () => {
	const flow = templateFlow('ny-modell', '2026-11-26');

	it('is a valid draft: one level, two steps, a question with two answers, two outcomes', () => {
		expect(checkFlow(flow, 'ny-modell')).toEqual({ ok: true, flow });
		expect(flow.status).toBe('draft');
		expect(flow.levels).toHaveLength(1);
		expect(flow.levels[0].steps).toHaveLength(2);
		expect(flow.nodes.map((n) => n.kind)).toEqual(['step', 'question', 'outcome', 'outcome']);
		expect(flow.source).toMatchObject({ url: null, publisher: null, read: '2026-11-26' });
	});

	it('marks every text of its own as a placeholder, in bokmål and nynorsk', () => {
		const texts = strings(flow).filter(([path]) => /\.(nb|nn)$/.test(path) && !/\.label\.(nb|nn)$/.test(path));
		expect(texts.length).toBeGreaterThan(10);
		for (const [path, text] of texts) expect(isPlaceholder(text), path).toBe(true);
	});

	it('cannot be published before every placeholder is filled in', () => {
		const result = checkFlow({ ...flow, status: 'published' }, 'ny-modell');
		const placeholders = strings(flow).filter(([, text]) => isPlaceholder(text)).map(([path]) => path);
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.problems.map((p) => p.path).sort()).toEqual(placeholders.sort());
		for (const p of result.ok ? [] : result.problems) expect(p.message).toMatch(/^The text is still a placeholder/);
	});
});

describe('npm run flows:new', () => {
	let dir: string;
	beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'undring-new-'))));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const run = (...args: string[]) => spawnSync(TSX, ['scripts/new-flow.ts', ...args], { encoding: 'utf8' });

	it('writes <id>.json in the flow format, and flows:check accepts it as it is', () => {
		const result = run('bti-prove', dir);
		expect(result.status, result.stderr).toBe(0);
		const text = readFileSync(join(dir, 'bti-prove.json'), 'utf8');
		const today = localToday();
		expect(text).toBe(formatFlow(templateFlow('bti-prove', today)));
		expect(checkFlowText(text, 'bti-prove').ok).toBe(true);
		const check = spawnSync(TSX, ['scripts/check-flows.ts', join(dir, 'bti-prove.json')], { encoding: 'utf8' });
		expect(check.status, check.stderr).toBe(0);
	});

	it('refuses a reserved id, and never overwrites a file', () => {
		writeFileSync(join(dir, 'finnes.json'), 'mine');
		for (const [args, message] of [
			[['studio', dir], 'reserved'],
			[['finnes', dir], 'exists already']
		] as const) {
			const result = run(...args);
			expect(result.status).toBe(1);
			expect(result.stderr).toContain(message);
		}
		expect(readFileSync(join(dir, 'finnes.json'), 'utf8')).toBe('mine');
		expect(existsSync(join(dir, 'studio.json'))).toBe(false);
	});
});
