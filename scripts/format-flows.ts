// `npm run flows:format [file.json ...]`: rewrites flow files (all of flows/ by default) in the one format the
// studio and flows:new write (src/lib/flow/format.ts): keys in order, tabs. A file that is not JSON is left alone.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatFlow } from '../src/lib/flow/format';

const args = process.argv.slice(2);
const files = args.length ? args : readdirSync('flows').filter((n) => n.endsWith('.json') && n !== 'flow.schema.json').map((n) => join('flows', n));
let changed = 0;
for (const file of files) {
	const text = readFileSync(file, 'utf8');
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		console.error(`flows:format: ${file} is not JSON (${(e as Error).message}); run npm run flows:check for where.`);
		process.exitCode = 1;
		continue;
	}
	const formatted = formatFlow(data);
	if (formatted !== text) {
		writeFileSync(file, formatted);
		changed++;
		console.log(`flows:format: rewrote ${file}`);
	}
}
console.log(`flows:format: ${changed} of ${files.length} files changed.`);
