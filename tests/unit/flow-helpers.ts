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

/** The municipal page the flow was made from (a copy of ../shared/seeds). */
export function seedText(flow: Flow): string {
	return readFileSync(`tests/fixtures/seeds/${flow.source.seed}`, 'utf8');
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
	const visit = (value: unknown) => {
		if (isText(value)) out.push(value[locale]);
		else if (Array.isArray(value)) value.forEach(visit);
		else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
		else if (typeof value === 'string' && /^\+?[0-9 ]+$/.test(value)) out.push(value);
	};
	visit(flow);
	return out.map(normalize).join('\n');
}

/** Titles of all steps, in level order, in one locale. */
export function stepTitles(flow: Flow, locale: Locale): string[] {
	return flow.levels.flatMap((l) => l.steps.map((s) => s.title[locale]));
}
