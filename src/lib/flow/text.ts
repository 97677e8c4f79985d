// What a node is called on a page, in a link or in a summary.
import { position } from './engine';
import type { Translate } from '$lib/i18n';
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
	return labelled({ label, title: nodeHeading(flow, node) });
}

/** A step or level with its label in front where it has one: "Trinn 3: Sikre dialog", "Nivå 1: …". */
export function labelled(item: { label?: string; title: string }): string {
	return item.label ? `${item.label}: ${item.title}` : item.title;
}

/** Where a step stands in its level: "Nivå 1 · Trinn 2 av 4", or "Trinn 3 av 7" in a model without levels. */
export function stepPosition(t: Translate, at: { level: { label?: string }; index: number; count: number }): string {
	return [at.level.label, t('position.step', { index: at.index, count: at.count })].filter(Boolean).join(' · ');
}
