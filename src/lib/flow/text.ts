// What a node is called on a page, in a link or in a summary.
import { position, type Position } from './engine';
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

/**
 * The heading with its whole place in front, for lists that mix levels ("Veien hit", "Dine svar"):
 * "Nivå 1 · Trinn 4: Hva ble utfallet av evalueringen?".
 */
export function placedTitle(flow: LocalFlow, node: LocalNode): string {
	const at = position(flow, node);
	const place = at && [levelName(at), at.step.label].filter(Boolean).join(' · ');
	return labelled({ label: place || undefined, title: nodeHeading(flow, node) });
}

/** A step or level with its label in front where it has one: "Trinn 3: Sikre dialog", "Nivå 1: …". */
export function labelled(item: { label?: string; title: string }): string {
	return item.label ? `${item.label}: ${item.title}` : item.title;
}

type Named = { label?: string; title?: string };
type At = Pick<Position<{ id: string; label?: string; title: string; steps: (Named & { id: string })[] }>, 'index' | 'count' | 'levels'> & {
	level: { label?: string; title: string };
	step: Named;
	alternatives: Named[];
};

/** A level's name where the flow has several: its label, else its title. */
function levelName(at: Pick<At, 'level' | 'levels'>): string | undefined {
	return at.level.label ?? (at.levels > 1 ? at.level.title : undefined);
}

/**
 * Where a step stands in its level: "Nivå 1 · Trinn 2 av 4", "Trinn 3 av 7" in a model without levels,
 * "4 · 4B (alternativ til 4a)" for one of several alternatives.
 */
/** The model's own word for a step, from a label like "Steg 2" (Heim), so that the position line says the same. */
const stepTerm = (label?: string) => /^(\p{Lu}\p{Ll}+) \d/u.exec(label ?? '')?.[1];

export function stepPosition(t: Translate, at: At): string {
	const name = (s: Named) => s.label ?? s.title;
	const place = at.alternatives.length
		? t('position.alternative', { step: name(at.step), others: at.alternatives.map(name).join(' / ') })
		: t('position.step', { index: at.index, count: at.count, term: stepTerm(at.step.label) ?? t('position.term') });
	return [levelName(at), place].filter(Boolean).join(' · ');
}
