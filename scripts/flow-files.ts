// Reads and checks flow files; shared by the CLI check and the build.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkFlowBytes, MAX_FLOW_BYTES, tooLarge, type Checked, type Problem } from '../src/lib/flow/validate';
import { checkRenamed, type Renamed } from '../src/lib/flow/renamed';

export interface FileReport {
	file: string;
	problems: Problem[];
}

export function checkFlowFiles(files: string[]): FileReport[] {
	return files.map((file) => {
		const report = (result: Checked) => ({ file, problems: result.ok ? [] : result.problems });
		let bytes: Uint8Array;
		try {
			// The size first: a huge file is refused without being read.
			const { size } = statSync(file);
			if (size > MAX_FLOW_BYTES) return report(tooLarge(size));
			bytes = readFileSync(file);
		} catch (e) {
			return { file, problems: [{ path: '$', message: `The file cannot be read: ${(e as Error).message}.` }] };
		}
		return report(checkFlowBytes(bytes, basename(file, '.json')));
	});
}

export function checkFlowDir(dir: string): FileReport[] {
	return checkFlowFiles(flowFilesIn(dir));
}

/** The flow files in `dir` (every .json but the generated schema), sorted. */
export function flowFilesIn(dir: string): string[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json') && name !== 'flow.schema.json')
		.sort()
		.map((name) => join(dir, name));
}

/** The renamed models' old ids in a flows folder (see src/lib/flow/renamed.ts). */
export const RENAMED_FILE = 'renamed.jsonc';

/** Reads `dir`/renamed.jsonc (none is no renames) and checks it against the ids of the flow files in `dir`. */
export function renamedIn(dir: string): Renamed & { file: string } {
	const file = join(dir, RENAMED_FILE);
	const text = existsSync(file) ? readFileSync(file, 'utf8') : '{}';
	return { file, ...checkRenamed(text, flowFilesIn(dir).map((f) => basename(f, '.json'))) };
}

export function formatReport(reports: FileReport[]): string {
	return reports
		.flatMap(({ file, problems }) => problems.map((p) => `${file}: ${p.path}: ${p.message}`))
		.join('\n');
}
