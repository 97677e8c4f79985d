// All flows, read from flows/*.json at build time. Server-only: pages get one localized flow each.
import { error } from '@sveltejs/kit';
import { checkFlowText } from '$lib/flow/validate';
import { findNode } from '$lib/flow/engine';
import { localize } from '$lib/flow/localize';
import type { Flow, Locale } from '$lib/flow/schema';
import { LOCALES } from '$lib/locales';

// As text, so that the build applies every rule of `npm run flows:check` (a JSON import would drop duplicate keys unseen).
const files = import.meta.glob<string>(['/flows/*.json', '!/flows/flow.schema.json'], { eager: true, query: '?raw', import: 'default' });

function load(): Flow[] {
	return Object.entries(files)
		.map(([path, text]) => {
			const id = path.replace(/^.*\/(.*)\.json$/, '$1');
			const checked = checkFlowText(text, id);
			if (!checked.ok)
				throw new Error(checked.problems.map((p) => `${path.slice(1)}: ${p.path}: ${p.message}`).join('\n'));
			return checked.flow;
		})
		.sort((a, b) => a.title.nb.localeCompare(b.title.nb, 'nb'));
}

export const flows: Flow[] = load();

/** A flow's file as it is in flows/. */
export const flowText = (id: string): string => files[`/flows/${id}.json`];

export function getFlow(id: string): Flow {
	const flow = flows.find((f) => f.id === id);
	if (!flow) error(404, 'Unknown model');
	return flow;
}

export function localFlow(id: string, locale: Locale) {
	return localize(getFlow(id), locale);
}

export function checkNode(flow: Flow, nodeId: string): void {
	if (!findNode(flow, nodeId)) error(404, 'Unknown step');
}

/** Every page exists as it is and, for municipalities' iframes, under /embed/. */
const EMBED: { embed?: 'embed' }[] = [{}, { embed: 'embed' }];

/** Every locale (× embedded or not), for prerendering. */
export function localeEntries() {
	return EMBED.flatMap((e) => LOCALES.map((lang) => ({ ...e, lang })));
}

/** Every locale × flow, once: for a model's data files, which framed pages share. */
export function dataEntries() {
	return LOCALES.flatMap((lang) => flows.map((f) => ({ lang, flow: f.id })));
}

/** Every locale × flow. */
export function flowEntries() {
	return localeEntries().flatMap((l) => flows.map((f) => ({ ...l, flow: f.id })));
}

const withNodes = <E extends { flow: string }>(e: E) => getFlow(e.flow).nodes.map((n) => ({ ...e, node: n.id }));

/** Every locale × flow × node. */
export function nodeEntries() {
	return flowEntries().flatMap(withNodes);
}

/** Every locale × flow × node, once: for each step's data file. */
export function nodeDataEntries() {
	return dataEntries().flatMap(withNodes);
}

/** The flows that are listed (on the start page, for comparing, for embedding): drafts are not. */
export const listed = (): Flow[] => flows.filter((f) => f.status === 'published');

/** What the start page shows of each listed flow. */
export function flowSummaries(locale: Locale) {
	return listed().map((f) => localize({ id: f.id, title: f.title, municipality: f.municipality?.name ?? null, description: f.description }, locale));
}
