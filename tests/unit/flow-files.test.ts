// Reading flow files (scripts/flow-files.ts): the size is checked before a byte is read.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFlowFiles } from '../../scripts/flow-files';

// The real readFileSync, watched.
vi.mock('node:fs', async (actual) => {
	const fs = await actual<typeof import('node:fs')>();
	return { ...fs, readFileSync: vi.fn(fs.readFileSync) };
});

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'undring-files-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkFlowFiles', () => {
	it('refuses a file of 50 MB without reading it', () => {
		const file = join(dir, 'stor.json');
		writeFileSync(file, '');
		truncateSync(file, 50 * 1024 * 1024);
		vi.mocked(readFileSync).mockClear();
		expect(checkFlowFiles([file])).toEqual([
			{ file, problems: [{ path: '$', message: 'The file is 51200 KB; a flow may be at most 512 KB.' }] }
		]);
		expect(readFileSync).not.toHaveBeenCalled();
	});

	it('reads and checks a file of a normal size', () => {
		const file = join(dir, 'minimal.json');
		writeFileSync(file, readFileSync('tests/fixtures/valid/minimal.json'));
		vi.mocked(readFileSync).mockClear();
		expect(checkFlowFiles([file])).toEqual([{ file, problems: [] }]);
		expect(readFileSync).toHaveBeenCalledWith(file);
	});

	it('says plainly when a file cannot be read', () => {
		const file = join(dir, 'finnes-ikke.json');
		const [report] = checkFlowFiles([file]);
		expect(report.problems).toHaveLength(1);
		expect(report.problems[0].message).toMatch(/^The file cannot be read: ENOENT.*\.$/);
	});
});
