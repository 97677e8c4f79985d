// `npm run flows:check [dir | file.json ...]`: validates flow files; exits 1 with file, JSON path and message.
// Checking a folder also checks its renamed.jsonc (renamed models' old ids).
import { checkFlowDir, checkFlowFiles, formatReport, renamedIn } from './flow-files';

const args = process.argv.slice(2);
const files = args.some((a) => a.endsWith('.json'));
const reports = files ? checkFlowFiles(args) : checkFlowDir(args[0] ?? 'flows');
const renamed = files ? undefined : renamedIn(args[0] ?? 'flows');
const bad = reports.filter((r) => r.problems.length);
if (renamed && !renamed.ok) console.error(formatReport([{ file: renamed.file, problems: renamed.problems }]));
if (bad.length) {
	console.error(formatReport(bad));
	console.error(`\nflows:check: ${bad.length} of ${reports.length} flow files have problems.`);
	process.exit(1);
}
if (renamed && !renamed.ok) process.exit(1);
if (!reports.length) {
	console.error('flows:check: no flow files found.');
	process.exit(1);
}
console.log(`flows:check: ${reports.length} flow files are valid.`);
