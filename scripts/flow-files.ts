// Reads and checks flow files; shared by the CLI check and the build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkFlowBytes, MAX_FLOW_BYTES, tooLarge, type Checked, type Problem } from '../src/lib/flow/validate';

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
	return checkFlowFiles(
		readdirSync(dir)
			.filter((name) => name.endsWith('.json') && name !== 'flow.schema.json')
			.sort()
			.map((name) => join(dir, name))
	);
}

export function formatReport(reports: FileReport[]): string {
	return reports
		.flatMap(({ file, problems }) => problems.map((p) => `${file}: ${p.path}: ${p.message}`))
		.join('\n');
}
