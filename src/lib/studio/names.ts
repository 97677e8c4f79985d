// What the studio calls a node, step or table entry in lists and selects: its text in the page's language (or the
// other, or its id), so that a model half written still has a name for everything.
import type { Flow, Node, Text } from '$lib/flow/schema';
import type { Locale } from '$lib/locales';
import { allSteps } from './ops';

export const textOf = (text: Partial<Text> | undefined, locale: Locale): string => {
	const other = locale === 'nb' ? 'nn' : 'nb';
	return (text?.[locale]?.trim() || text?.[other]?.trim() || '').replace(/\s+/g, ' ');
};

/** A node's name: its title, its step's title, or its question; else its id. */
export function nodeName(flow: Flow, node: Node, locale: Locale): string {
	const step = allSteps(flow).find((s) => s.id === node.step);
	const own =
		node.kind === 'question' ? textOf(node.question, locale)
		: node.kind === 'outcome' ? textOf(node.title, locale)
		: textOf(node.title, locale) || textOf(step?.title, locale);
	return own || node.id;
}

export const itemName = (item: { id: string; title?: Text; name?: Text; rule?: Text }, locale: Locale) =>
	textOf(item.title ?? item.name ?? item.rule, locale) || item.id;
