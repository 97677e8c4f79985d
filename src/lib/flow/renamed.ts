// Model ids are permanent: addresses with a model's id are bookmarked, printed and embedded. A model that gets a
// new id keeps its old one in flows/renamed.jsonc ("old-id": "new-id"), and the build leaves a redirect page at
// every old address (scripts/redirects.ts). Pure: takes the file's text and today's ids, returns problems.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { Id, RESERVED_FLOW_IDS } from './schema';
import { jsonPath, type Problem } from './validate';

export type Renamed = { ok: true; moves: Map<string, string> } | { ok: false; problems: Problem[] };

/** Checks flows/renamed.jsonc against the models' ids and resolves chains (a → b, b → c gives a → c). */
export function checkRenamed(text: string, ids: readonly string[]): Renamed {
	const errors: ParseError[] = [];
	const data: unknown = parse(text, errors, { allowTrailingComma: false, disallowComments: false });
	if (errors.length) return { ok: false, problems: [{ path: '$', message: `The file is not JSON (with comments): ${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset}.` }] };
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		return { ok: false, problems: [{ path: '$', message: 'The file must be one object, "old-id": "new-id".' }] };
	const problems: Problem[] = [];
	const entries = Object.entries(data as Record<string, unknown>);
	for (const [old, to] of entries) {
		const path = jsonPath([old]);
		if (!Id.safeParse(old).success) problems.push({ path, message: `"${old}" is not a model id (lower-case letters, digits and single hyphens).` });
		else if (ids.includes(old)) problems.push({ path, message: `"${old}" is a model's id today, so it cannot also lead elsewhere.` });
		else if ((RESERVED_FLOW_IDS as readonly string[]).includes(old)) problems.push({ path, message: `"${old}" is the name of one of the app's own pages.` });
		if (typeof to !== 'string') problems.push({ path, message: 'The new id must be a string.' });
	}
	if (problems.length) return { ok: false, problems };
	const direct = new Map(entries as [string, string][]);
	const moves = new Map<string, string>();
	for (const [old] of entries) {
		const seen = [old];
		let to = direct.get(old)!;
		while (direct.has(to) && !seen.includes(to)) {
			seen.push(to);
			to = direct.get(to)!;
		}
		if (seen.includes(to)) problems.push({ path: jsonPath([old]), message: `The renames go round in a circle: ${[...seen, to].join(' → ')}.` });
		else if (!ids.includes(to)) problems.push({ path: jsonPath([old]), message: `"${old}" leads to "${to}", which is no model's id.` });
		else moves.set(old, to);
	}
	return problems.length ? { ok: false, problems } : { ok: true, moves };
}
