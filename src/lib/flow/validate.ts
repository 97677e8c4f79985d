// Checks a flow file: its shape (schema.ts) and its graph. Pure: takes text, returns problems.
import { Flow, LOCALES, RESERVED_FLOW_IDS, RESERVED_NODE_IDS, type Flow as FlowData, type Node } from './schema';
import { checkSafety } from './safety-rules';
import { isPlaceholder } from './template';
import { decodeUtf8, duplicateKeys, nestingDepth, placeOf } from './source';

export interface Problem {
	/** JSON path of the offending value, e.g. "$.nodes[3].next". */
	path: string;
	/** One plain sentence. */
	message: string;
}

export type Checked = { ok: true; flow: FlowData } | { ok: false; problems: Problem[] };

/** Larger files are refused before parsing: a real model is a few tens of kilobytes. */
export const MAX_FLOW_BYTES = 512 * 1024;
/** A flow nests objects and arrays 6 deep (a question's option's label); deeper files are refused before a parser recurses. */
export const MAX_FLOW_DEPTH = 32;

export function jsonPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(out, key) =>
			typeof key === 'number'
				? `${out}[${key}]`
				: /^[A-Za-z_$][\w$]*$/.test(String(key))
					? `${out}.${String(key)}`
					: `${out}[${JSON.stringify(String(key))}]`,
		'$'
	);
}

/** Validates the bytes of a flow file: at most MAX_FLOW_BYTES, strict UTF-8, then as checkFlowText. */
export function checkFlowBytes(bytes: Uint8Array, expectedId?: string): Checked {
	if (bytes.length > MAX_FLOW_BYTES) return tooLarge(bytes.length);
	const decoded = decodeUtf8(bytes);
	if (!decoded.ok) {
		const byte = `0x${decoded.byte.toString(16).toUpperCase().padStart(2, '0')}`;
		return fail('$', `The file is not UTF-8: the byte ${byte} at line ${decoded.line}, column ${decoded.column} is not valid there (was it saved as Latin-1 or Windows-1252?), so save the file as UTF-8.`);
	}
	return checkFlowText(decoded.text, expectedId);
}

/** Validates the text of a flow file; `expectedId` is the file name without ".json". */
export function checkFlowText(text: string, expectedId?: string): Checked {
	const bytes = new TextEncoder().encode(text).length;
	if (bytes > MAX_FLOW_BYTES) return tooLarge(bytes);
	text = text.replace(/^\uFEFF/, '');
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return fail('$', `The file is not valid JSON: ${jsonErrorText(text, (e as Error).message)}.`);
	}
	// "\uFFFD" is what a byte that was not UTF-8 turns into when a reader or editor is lenient.
	const lost = text.indexOf('\uFFFD');
	if (lost >= 0) {
		const { line, column } = placeOf(text, lost);
		return fail('$', `The file has the character "\uFFFD" (U+FFFD) at line ${line}, column ${column}, where a letter was lost because the file was not read as UTF-8: write the letter again.`);
	}
	const depth = nestingDepth(text);
	if (depth > MAX_FLOW_DEPTH)
		return fail('$', `The file nests objects and arrays ${depth} levels deep; a flow may nest them at most ${MAX_FLOW_DEPTH} deep.`);
	// JSON.parse keeps the last of two equal keys without a word: refuse them before anything reads the data.
	const duplicates = duplicateKeys(text);
	if (duplicates.length)
		return {
			ok: false,
			problems: duplicates.map((d) => ({
				path: jsonPath(d.path),
				message: `The key ${JSON.stringify(d.key)} appears twice in this object (${d.first === d.again ? `on line ${d.first}` : `on lines ${d.first} and ${d.again}`}); JSON keeps only the last one, so remove the other.`
			}))
		};
	return checkFlow(data, expectedId);
}

export const tooLarge = (bytes: number): Checked =>
	fail('$', `The file is ${Math.round(bytes / 1024)} KB; a flow may be at most ${MAX_FLOW_BYTES / 1024} KB.`);

export function checkFlow(data: unknown, expectedId?: string): Checked {
	const parsed = Flow.safeParse(data);
	if (!parsed.success) {
		return {
			ok: false,
			problems: parsed.error.issues.map((issue) => ({
				path: jsonPath(issue.path),
				message: sentence(issue.code === 'unrecognized_keys' ? unknownKeys(issue.keys) : issue.message)
			}))
		};
	}
	const problems = checkGraph(parsed.data);
	// The service's safety rules read a sound graph only.
	if (!problems.length) problems.push(...checkSafety(parsed.data));
	problems.push(...checkDeadlineRules(parsed.data));
	if (parsed.data.status === 'published') problems.push(...placeholders(parsed.data));
	if ((RESERVED_FLOW_IDS as readonly string[]).includes(parsed.data.id))
		problems.unshift({ path: '$.id', message: `The id "${parsed.data.id}" is reserved for a page of the app; choose another.` });
	if (expectedId !== undefined && parsed.data.id !== expectedId)
		problems.unshift({ path: '$.id', message: `The id "${parsed.data.id}" must equal the file name "${expectedId}".` });
	return problems.length ? { ok: false, problems } : { ok: true, flow: parsed.data };
}

/** V8's JSON error quotes the text around the fault, line breaks and all: keep one line, with line and column. */
function jsonErrorText(text: string, message: string): string {
	const what = message.split(/,\s*"|\s+in JSON/)[0].replace(/\s+/g, ' ').trim();
	const at = /position (\d+)/.exec(message);
	if (!at) return what;
	const { line, column } = placeOf(text, Number(at[1]));
	return `${what} at line ${line}, column ${column}`;
}

/** Keys are quoted as JSON strings, so whatever they contain stays inside one quoted, one-line name. */
function unknownKeys(keys: string[]): string {
	const names = keys.map((k) => JSON.stringify(k)).join(', ');
	return `${keys.length === 1 ? 'Unrecognized key' : 'Unrecognized keys'}: ${names}; it is not part of the flow format`;
}

function fail(path: string, message: string): Checked {
	return { ok: false, problems: [{ path, message }] };
}

function sentence(message: string): string {
	const text = message.charAt(0).toUpperCase() + message.slice(1);
	return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The nodes a node leads to, in order. */
export function successors(node: Node): string[] {
	if (node.kind === 'step') return [node.next];
	if (node.kind === 'question') return node.options.map((o) => o.next);
	return [];
}

function checkGraph(flow: FlowData): Problem[] {
	const problems: Problem[] = [];
	const add = (path: string, message: string) => problems.push({ path, message });

	const unique = (kind: string, items: { id: string; path: string }[]) => {
		const seen = new Set<string>();
		for (const { id, path } of items) {
			if (seen.has(id)) add(path, `The ${kind} id "${id}" is used more than once.`);
			seen.add(id);
		}
		return seen;
	};
	unique('level', flow.levels.map((l, i) => ({ id: l.id, path: `$.levels[${i}].id` })));
	const steps = unique(
		'step',
		flow.levels.flatMap((l, i) => l.steps.map((s, j) => ({ id: s.id, path: `$.levels[${i}].steps[${j}].id` })))
	);
	const contacts = unique('contact', flow.contacts.map((c, i) => ({ id: c.id, path: `$.contacts[${i}].id` })));
	const tools = unique('tool', flow.tools.map((t, i) => ({ id: t.id, path: `$.tools[${i}].id` })));
	const deadlines = unique('deadline', flow.deadlines.map((d, i) => ({ id: d.id, path: `$.deadlines[${i}].id` })));
	const nodes = new Map<string, Node>();
	flow.nodes.forEach((node, i) => {
		if (nodes.has(node.id)) add(`$.nodes[${i}].id`, `The node id "${node.id}" is used more than once.`);
		else nodes.set(node.id, node);
		if ((RESERVED_NODE_IDS as readonly string[]).includes(node.id))
			add(`$.nodes[${i}].id`, `The node id "${node.id}" is reserved for a page of the app; choose another.`);
	});

	if (!nodes.has(flow.start)) add('$.start', `The start node "${flow.start}" does not exist.`);

	const used = { steps: new Set<string>(), contacts: new Set<string>(), tools: new Set<string>(), deadlines: new Set<string>() };
	flow.nodes.forEach((node, i) => {
		const at = `$.nodes[${i}]`;
		if (node.step !== undefined) {
			used.steps.add(node.step);
			if (!steps.has(node.step)) add(`${at}.step`, `The step "${node.step}" is not defined in any level.`);
		}
		node.deadlines?.forEach((id, j) => {
			used.deadlines.add(id);
			if (!deadlines.has(id)) add(`${at}.deadlines[${j}]`, `The deadline "${id}" is not in the deadlines table.`);
		});
		node.tools?.forEach((id, j) => {
			used.tools.add(id);
			if (!tools.has(id)) add(`${at}.tools[${j}]`, `The tool "${id}" is not in the tools table.`);
		});
		node.contacts?.forEach((ref, j) => {
			used.contacts.add(ref.id);
			if (!contacts.has(ref.id)) add(`${at}.contacts[${j}].id`, `The contact "${ref.id}" is not in the contacts table.`);
		});
		if (node.kind === 'step' && !nodes.has(node.next))
			add(`${at}.next`, `The next node "${node.next}" does not exist.`);
		if (node.kind === 'question') {
			const seen = new Set<string>();
			node.options.forEach((option, j) => {
				if (seen.has(option.id)) add(`${at}.options[${j}].id`, `The option id "${option.id}" is used more than once in this question.`);
				seen.add(option.id);
				if (!nodes.has(option.next)) add(`${at}.options[${j}].next`, `The next node "${option.next}" does not exist.`);
			});
		}
	});

	const unused = (kind: string, table: string, items: { id: string }[], set: Set<string>) =>
		items.forEach((item, i) => {
			if (!set.has(item.id)) add(`$.${table}[${i}].id`, `The ${kind} "${item.id}" is not used by any node.`);
		});
	unused('contact', 'contacts', flow.contacts, used.contacts);
	unused('tool', 'tools', flow.tools, used.tools);
	unused('deadline', 'deadlines', flow.deadlines, used.deadlines);
	flow.levels.forEach((level, i) =>
		level.steps.forEach((step, j) => {
			if (!used.steps.has(step.id)) add(`$.levels[${i}].steps[${j}].id`, `The step "${step.id}" has no node, so it has no page.`);
			const other = step.alternativeTo === undefined ? undefined : level.steps.findIndex((s) => s.id === step.alternativeTo);
			if (other !== undefined && !(other >= 0 && other < j && level.steps[other].alternativeTo === undefined))
				add(`$.levels[${i}].steps[${j}].alternativeTo`, `The step "${step.alternativeTo}" must be an earlier step of the same level that is not itself an alternative.`);
		})
	);

	// Graph shape: only meaningful when every target exists.
	if (problems.length) return problems;

	const reachable = new Set<string>();
	const queue = [flow.start];
	while (queue.length) {
		const id = queue.pop()!;
		if (reachable.has(id)) continue;
		reachable.add(id);
		queue.push(...successors(nodes.get(id)!));
	}
	// Nodes from which some outcome can be reached, found backwards from the outcomes.
	const exits = new Set(flow.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id));
	for (let grew = true; grew; ) {
		grew = false;
		for (const node of flow.nodes)
			if (!exits.has(node.id) && successors(node).some((id) => exits.has(id))) {
				exits.add(node.id);
				grew = true;
			}
	}
	flow.nodes.forEach((node, i) => {
		if (!reachable.has(node.id))
			add(`$.nodes[${i}]`, `The node "${node.id}" cannot be reached from the start node "${flow.start}".`);
		else if (!exits.has(node.id))
			add(`$.nodes[${i}]`, `From the node "${node.id}" no path leads to an outcome: it is a dead end or a cycle without an exit.`);
	});
	return problems;
}

/** A published model has no placeholder left ("[Fyll inn: …]", from `npm run flows:new`). */
function placeholders(flow: FlowData): Problem[] {
	const found: Problem[] = [];
	const visit = (value: unknown, path: PropertyKey[]) => {
		if (typeof value === 'string' && isPlaceholder(value))
			found.push({ path: jsonPath(path), message: 'The text is still a placeholder ("[Fyll inn: …]"): write the real text, or keep the model a draft ("status": "draft").' });
		else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) visit(v, [...path, Array.isArray(value) ? Number(k) : k]);
	};
	visit(flow, []);
	return found;
}

const NUMBER_WORDS: Record<string, number> = {
	en: 1, ett: 1, 'én': 1, ei: 1, ein: 1, eit: 1, eitt: 1, 'éin': 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6,
	sju: 7, syv: 7, 'åtte': 8, ni: 9, ti: 10, elleve: 11, tolv: 12, fjorten: 14
};
/** An amount of time in bokmål or nynorsk: "1 uke", "to veker", "14 dagar" (not "uke 28", a week number). */
const AMOUNT = new RegExp(
	`(?<![\\p{L}\\p{N}])(\\d+|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:(uke|veke)(?:r|n|a|ne|s|rs|ns)?|(?:dag|døgn)(?:er|ar|en|ane|s|ers)?)(?![\\p{L}\\p{N}])`,
	'giu'
);

/** A deadline's rule text must state its period: "Senest innen 1 uke" next to a date a year away is a wrong deadline. */
function checkDeadlineRules(flow: FlowData): Problem[] {
	const problems: Problem[] = [];
	flow.deadlines.forEach(({ period, rule }, i) => {
		const days = period === 'asap' ? undefined : 'weeks' in period ? period.weeks * 7 : period.days;
		const [n, unit] = period === 'asap' ? [] : 'weeks' in period ? [period.weeks, 'week'] : [period.days, 'day'];
		const named = period === 'asap' ? '"asap"' : `${n} ${unit}${n === 1 ? '' : 's'}`;
		for (const locale of LOCALES) {
			const amounts = [...rule[locale].matchAll(AMOUNT)];
			const path = `$.deadlines[${i}].rule.${locale}`;
			const amountDays = (m: RegExpMatchArray) => (Number(m[1]) || NUMBER_WORDS[m[1].toLowerCase()]) * (m[2] ? 7 : 1);
			const wrong = amounts.find((m) => amountDays(m) !== days);
			if (wrong)
				problems.push({ path, message: `The rule says ${JSON.stringify(wrong[0])} but the period is ${named}; make the text and the period agree.` });
			else if (days !== undefined && !amounts.length)
				problems.push({ path, message: `The rule does not say its period of ${named} (as in "innen 2 uker"), so the date shown would have no text to match.` });
		}
	});
	return problems;
}
