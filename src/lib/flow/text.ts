// What a node is called on a page, in a link or in a summary.
import { position } from './engine';
import type { LocalFlow, LocalNode } from '$lib/types';

/** The page heading: a question, an outcome's title, or a step's own title (else its step's). */
export function nodeHeading(flow: LocalFlow, node: LocalNode): string {
	if (node.kind === 'question') return node.question;
	if (node.kind === 'outcome') return node.title;
	return node.title ?? position(flow, node)?.step.title ?? node.id;
}

/** The heading with the step's label in front where a step has one, e.g. "Trinn 3: Sikre dialog". */
export function nodeTitle(flow: LocalFlow, node: LocalNode): string {
	const label = node.kind === 'step' ? position(flow, node)?.step.label : undefined;
	return label ? `${label}: ${nodeHeading(flow, node)}` : nodeHeading(flow, node);
}

/** A step or level with its label in front where it has one: "Trinn 3: Sikre dialog", "Nivå 1: …". */
export function labelled(item: { label?: string; title: string }): string {
	return item.label ? `${item.label}: ${item.title}` : item.title;
}
