// Reads and checks flow files; shared by the CLI check and the build.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkFlowText, type Problem } from '../src/lib/flow/validate';

export interface FileReport {
	file: string;
	problems: Problem[];
}

export function checkFlowFiles(files: string[]): FileReport[] {
	return files.map((file) => {
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (e) {
			return { file, problems: [{ path: '$', message: `The file cannot be read: ${(e as Error).message}.` }] };
		}
		const result = checkFlowText(text, basename(file, '.json'));
		return { file, problems: result.ok ? [] : result.problems };
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
