// `npm run flows:new -- <id>`: writes flows/<id>.json, a minimal draft model with marked placeholders that
// passes flows:check as it is. Fill it in (by hand or in the studio, /nb/studio/), then check it again.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localToday } from '../src/lib/flow/deadline';
import { formatFlow } from '../src/lib/flow/format';
import { Id, RESERVED_FLOW_IDS } from '../src/lib/flow/schema';
import { templateFlow } from '../src/lib/flow/template';
import { checkFlowFiles, formatReport } from './flow-files';

const [id, dir = 'flows'] = process.argv.slice(2);
const fail = (message: string) => {
	console.error(`flows:new: ${message}`);
	process.exit(1);
};
if (!id) fail('give the new model\'s id, like `npm run flows:new -- bti-kommune`.');
const valid = Id.safeParse(id);
if (!valid.success) fail(`the id "${id}" ${valid.error.issues[0].message}.`);
if ((RESERVED_FLOW_IDS as readonly string[]).includes(id)) fail(`the id "${id}" is reserved for a page of the app; choose another.`);
const file = join(dir, `${id}.json`);
if (existsSync(file)) fail(`${file} exists already; choose another id, or edit that file.`);

writeFileSync(file, formatFlow(templateFlow(id, localToday())));
const problems = checkFlowFiles([file]).filter((r) => r.problems.length);
if (problems.length) fail(`wrote ${file}, but it does not pass flows:check:\n${formatReport(problems)}`);
console.log(`flows:new: wrote ${file}, a draft that passes flows:check. Replace every "[Fyll inn: …]", then run npm run flows:check.`);
