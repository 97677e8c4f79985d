// Comparing models by topic, for trainers: what each model says about levels, deadlines, who coordinates,
// documentation, consent, outcomes and whom to contact, each point linked to the page that says it. Two
// pure steps: `topicsOf` reads one model (when the site is built: one small file per model), `compareTopics`
// lines any number of models up (in the browser; there is no page per pair of models).
import { stepEntry } from './engine';
import { deadlineMeaning } from './period';
import { PHASES, type Phase } from './phases';
import { labelled, placedTitle } from './text';
import type { Translate } from '$lib/i18n';
import type { LocalFlow, LocalNode } from '$lib/types';

export const TOPICS = ['levels', 'deadlines', 'coordination', 'documentation', 'consent', 'outcomes', 'contacts'] as const;
export type Topic = (typeof TOPICS)[number];

/** One point a model makes on a topic, in its own words, and the page (node) that makes it. */
export interface TopicItem {
	text: string;
	detail?: string;
	node?: string;
}

export interface ModelTopics {
	id: string;
	title: string;
	municipality: string | null;
	topics: Record<Topic, TopicItem[]>;
	/** The steps of each phase the flow names (an optional field on steps), so that steps line up by meaning. */
	phases: Partial<Record<Phase, TopicItem[]>>;
}

/**
 * What the words of a model must contain to count under a topic, in bokmål or nynorsk. Only what the model
 * itself says is listed; a topic it does not mention stays empty (the table says so).
 */
const WORDS: Record<'coordination' | 'documentation' | 'consent', RegExp> = {
	coordination: /stafetth[oa]ld[ea]r|koordinator|ansvarle?i?g\w* for det vid[ea]re|holde i saken|halde i saka/i,
	documentation: /dokument|referat|notat|skriftligg?j|skriftleg|\blogg(en)?\b|stafettlogg/i,
	consent: /samtykk/i
};

/** A node's own words, sentence by sentence. */
function sentences(node: LocalNode): string[] {
	const texts = [
		...(node.intro ?? []),
		...(node.todo ?? []),
		...(node.notes ?? []),
		...(node.warnings ?? []),
		...(node.kind === 'question' ? [node.question] : []),
		...(node.kind !== 'question' && node.title ? [node.title] : [])
	];
	return texts.flatMap((text) => text.split(/(?<=[.!?])\s+/)).map((s) => s.trim()).filter(Boolean);
}

/** Each text once (a title and a sentence may differ only by a full stop), at the first page that says it. */
function once(items: TopicItem[]): TopicItem[] {
	const key = (item: TopicItem) => item.text.replace(/[.!]$/, '');
	return items.filter((item, i) => items.findIndex((x) => key(x) === key(item)) === i);
}

/** The first page that refers to a table entry (a tool, a contact, a deadline). */
function firstUse(flow: LocalFlow, uses: (node: LocalNode) => boolean): string | undefined {
	return flow.nodes.find(uses)?.id;
}

export function topicsOf(flow: LocalFlow, t: Translate): ModelTopics {
	const term = flow.worryTerm ?? t('deadline.term');
	const said = (words: RegExp): TopicItem[] =>
		once(flow.nodes.flatMap((node) => sentences(node).filter((s) => words.test(s)).map((text) => ({ text, node: node.id }))));
	const tools = (words: RegExp): TopicItem[] =>
		flow.tools
			.filter((tool) => words.test(tool.name) || words.test(tool.description ?? ''))
			.map((tool) => ({ text: tool.name, node: firstUse(flow, (n) => !!n.tools?.includes(tool.id)) }));
	const stepItem = (stepId: string, levelLabel?: string) => {
		const level = flow.levels.find((l) => l.steps.some((s) => s.id === stepId))!;
		const step = level.steps.find((s) => s.id === stepId)!;
		return { text: labelled(step), ...(flow.levels.length > 1 ? { detail: levelLabel ?? labelled(level) } : {}), node: stepEntry(flow, stepId)?.id };
	};
	const phases: ModelTopics['phases'] = {};
	for (const phase of PHASES) {
		const steps = flow.levels.flatMap((level) => level.steps.filter((s) => s.phase === phase).map((s) => stepItem(s.id, level.label ?? level.title)));
		if (steps.length) phases[phase] = steps;
	}
	return {
		id: flow.id,
		title: flow.title,
		municipality: flow.municipality?.name ?? null,
		topics: {
			levels: flow.levels.map((level) => ({
				text: labelled(level),
				detail: t('compare.steps', { count: level.steps.length }),
				node: stepEntry(flow, level.steps[0].id)?.id
			})),
			deadlines: flow.deadlines.map((d) => ({
				text: [d.when, d.rule].filter(Boolean).join(': '),
				detail: deadlineMeaning(t, d, term),
				node: firstUse(flow, (n) => !!n.deadlines?.includes(d.id))
			})),
			coordination: once([...tools(WORDS.coordination), ...said(WORDS.coordination)]),
			documentation: once([...tools(WORDS.documentation), ...said(WORDS.documentation)]),
			consent: once([...tools(WORDS.consent), ...said(WORDS.consent)]),
			outcomes: flow.nodes
				.filter((n) => n.kind === 'outcome')
				.map((n) => ({ text: placedTitle(flow, n), ...(n.kind === 'outcome' && n.ending ? { detail: t(`node.ending.${n.ending}`) } : {}), node: n.id })),
			contacts: flow.contacts.map((c) => ({
				text: c.name,
				...(c.phone ? { detail: `${t('contact.phone')} ${c.phone}` } : {}),
				node: firstUse(flow, (n) => !!n.contacts?.some((r) => r.id === c.id))
			}))
		},
		phases
	};
}

/** One row of the comparison: a topic (or a phase of the steps), with each model's points in its column. */
export interface CompareRow {
	topic: Topic | 'phase';
	phase?: Phase;
	cells: TopicItem[][];
}

/** Lines the models up, topic by topic; phases only where at least one model names them. */
export function compareTopics(models: readonly ModelTopics[]): CompareRow[] {
	const row = (topic: Topic): CompareRow => ({ topic, cells: models.map((m) => m.topics[topic]) });
	const phases = PHASES.filter((phase) => models.some((m) => m.phases[phase]?.length)).map(
		(phase): CompareRow => ({ topic: 'phase', phase, cells: models.map((m) => m.phases[phase] ?? []) })
	);
	return [row('levels'), ...phases, ...TOPICS.filter((t) => t !== 'levels').map(row)];
}
