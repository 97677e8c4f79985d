// Test helpers: load a real flow and its seed, and collect the text a flow shows.
import { readFileSync, readdirSync } from 'node:fs';
import { checkFlowText } from '../../src/lib/flow/validate';
import type { Flow, Locale, Text } from '../../src/lib/flow/schema';

export function loadFlow(id: string): Flow {
	const result = checkFlowText(readFileSync(`flows/${id}.json`, 'utf8'), id);
	if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
	return result.flow;
}

/** Every flow in flows/. */
export function loadFlows(): Flow[] {
	return readdirSync('flows')
		.filter((f) => f.endsWith('.json') && f !== 'flow.schema.json')
		.map((f) => loadFlow(f.replace(/\.json$/, '')));
}

/**
 * The seeded models' sources: the municipalities' pages as they were read, copied from ../shared/seeds into
 * tests/fixtures/seeds for the fact tests (tests/unit/flows/). A new model needs no entry here.
 */
export const SEEDS: Record<string, string> = {
	'fauske-tims': '000_a4c31b9c247018e3.txt',
	handlingsforlop: '001_30cfc1380b8e5d87.txt',
	'ved-bekymring': '002_6a01ea2d26c6b52a.txt',
	heim: '003_bc6f1460a954b540.txt',
	kongsvinger: '004_5ed5a1123b33d47c.txt'
};

/** The municipal page a seeded flow was made from. */
export function seedText(flow: Flow): string {
	return readFileSync(`tests/fixtures/seeds/${SEEDS[flow.id]}`, 'utf8');
}

/** Folds white space, quotes and dashes so that a seed's wording can be matched in a flow. */
export function normalize(text: string): string {
	return text
		.replace(/[«»“”„]/g, '"')
		.replace(/[‘’]/g, "'")
		.replace(/[–—]/g, '-')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

function isText(value: unknown): value is Text {
	return typeof value === 'object' && value !== null && 'nb' in value && 'nn' in value;
}

/** Every user-visible string of a flow in one locale, normalized, one per line. */
export function allText(flow: Flow, locale: Locale): string {
	const out: string[] = [];
	const visit = (value: unknown, key?: string) => {
		if (isText(value)) out.push(value[locale]);
		else if (Array.isArray(value)) value.forEach((v) => visit(v));
		else if (typeof value === 'object' && value !== null) Object.entries(value).forEach(([k, v]) => visit(v, k));
		else if (key === 'phone' && typeof value === 'string') out.push(value);
	};
	visit(flow);
	return out.map(normalize).join('\n');
}

/** Titles of all steps, in level order, in one locale. */
export function stepTitles(flow: Flow, locale: Locale): string[] {
	return flow.levels.flatMap((l) => l.steps.map((s) => s.title[locale]));
}
