// The model as slides for trainers: a title, each level, then every page of each step in the flow's order,
// with what a trainer has to say about it (what to do, deadlines and what they mean, tools, contacts, the
// seed's "Husk"/"NB" points; at a decision, where each answer leads) and speaker notes with the longer text.
// Pure: everything comes from the localized flow; `t` only supplies the interface's words.
import { choices, findNode, position, type Position } from './engine';
import { formatDate } from './deadline';
import { deadlineMeaning } from './period';
import { references } from './views';
import { serviceNotes } from './service-notes';
import { nodeHeading, placedTitle } from './text';
import type { Locale } from './schema';
import type { Translate } from '$lib/i18n';
import type { LocalFlow, LocalLevel, LocalNode, LocalStep } from '$lib/types';

/** A way into a step from outside it: the node it comes from and, for a question, the answer given. */
export interface Arrival {
	from: LocalNode;
	option?: string;
}

/** A paragraph of the speaker notes, with what it is about ("Stafettlogg", "Ja") where that helps. */
export interface SpeakerNote {
	about?: string;
	text: string;
}

export interface SlideDeadline {
	id: string;
	when?: string;
	rule: string;
	/** The period in plain words and what it counts from: "4 uker, regnet fra dagen bekymringen oppsto". */
	meaning: string;
}

/** An answer at a decision and where it leads; trainers reveal the destinations one by one. */
export interface SlideAnswer {
	id: string;
	label: string;
	next: string;
	to: string;
}

/** One page of the flow (a step, a decision, an outcome) on one slide, or on several when it is long. */
export interface NodeSlide {
	kind: 'node';
	node: LocalNode;
	level?: LocalLevel;
	step?: LocalStep;
	at?: Position<LocalLevel>;
	heading: string;
	/** The step's label ("Trinn 3") in front of a step page's heading. */
	label?: string;
	/** Which of the page's slides this is: a long page is split, never cut. */
	part: { index: number; count: number };
	unfinished: boolean;
	arrivals: string[];
	todo: string[];
	warnings: string[];
	/** The seed's "Husk" and "NB!" points. */
	reminders: string[];
	answers: SlideAnswer[];
	deadlines: SlideDeadline[];
	tools: { name: string; unpublished?: boolean }[];
	contacts: { name: string; phone?: string }[];
	notes: SpeakerNote[];
}

export type Slide =
	| { kind: 'title'; notes: SpeakerNote[] }
	| { kind: 'level'; level: LocalLevel; notes: SpeakerNote[] }
	/** The level's diagram (the page brings the drawing). */
	| { kind: 'diagram'; level: LocalLevel; notes: SpeakerNote[] }
	| NodeSlide;

/** The ways into a step from nodes outside it. */
export function arrivals(flow: LocalFlow, stepId: string): Arrival[] {
	const inside = new Set(flow.nodes.filter((n) => n.step === stepId).map((n) => n.id));
	return flow.nodes.flatMap((from) => {
		if (inside.has(from.id)) return [];
		return choices(from)
			.filter((c) => inside.has(c.next))
			.map((c) => (from.kind === 'question' ? { from, option: from.options.find((o) => o.id === c.id)!.label } : { from }));
	});
}

/**
 * How much fits on a slide, in lines of body text at 18 px on the 1280 × 720 canvas (the page fits each
 * slide exactly, from 28 px down, so this only decides where a long page is split): characters per line in
 * the main column beside the side column, in the main column alone, and in the side column; per line of the
 * heading; and the lines heading and body may take together.
 */
const FIT = { main: 70, wide: 120, side: 44, heading: 64, lines: 21 };
const lines = (text: string, perLine: number) => Math.ceil(text.length / perLine);

type MainItem = { block: 'arrivals' | 'todo' | 'warnings' | 'reminders'; text: string } | { block: 'answers'; answer: SlideAnswer };
type SideItem = { block: 'deadlines'; deadline: SlideDeadline } | { block: 'tools'; tool: NodeSlide['tools'][number] } | { block: 'contacts'; contact: NodeSlide['contacts'][number] };

function mainLines(item: MainItem, perLine: number): number {
	if (item.block === 'answers') return lines(`${item.answer.label} → ${item.answer.to}`, perLine) + 0.4;
	return lines(item.text, perLine) + 0.3;
}

function sideLines(item: SideItem): number {
	// The meaning is set smaller (0.85 em).
	if (item.block === 'deadlines') return lines(`${item.deadline.when ?? ''} ${item.deadline.rule}`, FIT.side) + 0.85 * lines(item.deadline.meaning, FIT.side / 0.85) + 0.3;
	if (item.block === 'tools') return lines(item.tool.name, FIT.side) + 0.2;
	return lines(item.contact.name, FIT.side) + (item.contact.phone ? 1 : 0) + 0.3;
}

/** Splits items into runs that fit `budget` lines, each block's first item also paying for its heading. Answers stay together. */
function pack<T extends { block: string }>(items: T[], size: (item: T) => number, budget: number): T[][] {
	const runs: T[][] = [];
	let run: T[] = [];
	let used = 0;
	for (const [i, item] of items.entries()) {
		const cost = () => size(item) + (run.at(-1)?.block === item.block ? 0 : 1.4);
		const together = item.block === 'answers' && items[i - 1]?.block === 'answers';
		if (run.length && used + cost() > budget && !together) {
			runs.push(run);
			run = [];
			used = 0;
		}
		used += cost();
		run.push(item);
	}
	if (run.length) runs.push(run);
	return runs;
}

function nodeSlides(flow: LocalFlow, node: LocalNode, t: Translate, locale: Locale): NodeSlide[] {
	const at = position(flow, node);
	const { tools, contacts, deadlines } = references(flow, node);
	const term = flow.worryTerm ?? t('deadline.term');
	const heading = nodeHeading(flow, node);
	const label = node.kind === 'step' ? at?.step.label : undefined;
	// Alternatives may read the same in the seed (ved-bekymring's 3a and 3B): say where each is reached from.
	const firstOfStep = node.step !== undefined && flow.nodes.find((n) => n.step === node.step) === node;
	const ways = at?.alternatives.length && firstOfStep ? arrivals(flow, node.step!) : [];
	const main: MainItem[] = [
		...ways.map((a) => ({
			block: 'arrivals' as const,
			text: a.option
				? t('present.arrival', { from: placedTitle(flow, a.from), option: a.option })
				: t('present.arrivalStep', { from: placedTitle(flow, a.from) })
		})),
		...(node.warnings ?? []).map((text) => ({ block: 'warnings' as const, text })),
		...(node.todo ?? []).map((text) => ({ block: 'todo' as const, text })),
		...(node.notes ?? []).map((text) => ({ block: 'reminders' as const, text })),
		...(node.kind === 'question'
			? node.options.map((o) => ({ block: 'answers' as const, answer: { id: o.id, label: o.label, next: o.next, to: placedTitle(flow, findNode(flow, o.next)!) } }))
			: [])
	];
	const side: SideItem[] = [
		...deadlines.map((d) => ({
			block: 'deadlines' as const,
			deadline: { id: d.id, ...(d.when ? { when: d.when } : {}), rule: d.rule, meaning: deadlineMeaning(t, d, term) }
		})),
		...tools.map((tool) => ({ block: 'tools' as const, tool: { name: tool.name, ...(tool.unpublished ? { unpublished: true } : {}) } })),
		...contacts.map(({ contact }) => ({ block: 'contacts' as const, contact: { name: contact.name, ...(contact.phone ? { phone: contact.phone } : {}) } }))
	];
	const notes: SpeakerNote[] = [
		...(node.intro ?? []).map((text) => ({ text })),
		...(node.kind === 'question' ? node.options.filter((o) => o.hint).map((o) => ({ about: o.label, text: o.hint! })) : []),
		...tools.filter((tool) => tool.description).map((tool) => ({ about: tool.name, text: tool.description! })),
		...contacts
			.filter(({ contact, why }) => contact.role || why)
			.map(({ contact, why }) => ({ about: contact.name, text: [contact.role, why].filter(Boolean).join(' – ') })),
		...serviceNotes(findNode(flow, node.id)!.serviceNotes, locale).map((n) => ({
			about: `${t('node.serviceNote')} (${t('node.checked', { date: formatDate(n.checked, locale, false) })})`,
			text: n.text
		}))
	];

	const headingLines = lines(label ? `${label} ${heading}` : heading, FIT.heading) * 1.9;
	const budget = FIT.lines - 1 - headingLines;
	const mainRuns = pack(main, (item) => mainLines(item, side.length ? FIT.main : FIT.wide), budget);
	const sideRuns = pack(side, sideLines, budget);
	// Answers come last and belong with the last part; the side column fills the first parts.
	const count = Math.max(mainRuns.length, sideRuns.length, 1);
	return Array.from({ length: count }, (_, i): NodeSlide => {
		const own = mainRuns[i] ?? [];
		const texts = (block: MainItem['block']) => own.flatMap((item) => (item.block === block && 'text' in item ? [item.text] : []));
		const sides = sideRuns[i] ?? [];
		return {
			kind: 'node',
			node,
			...(at ? { level: at.level, step: at.step, at } : {}),
			heading,
			...(label ? { label } : {}),
			part: { index: i + 1, count },
			unfinished: !!node.unfinished,
			arrivals: texts('arrivals'),
			todo: texts('todo'),
			warnings: texts('warnings'),
			reminders: texts('reminders'),
			answers: own.flatMap((item) => (item.block === 'answers' ? [item.answer] : [])),
			deadlines: sides.flatMap((item) => (item.block === 'deadlines' ? [item.deadline] : [])),
			tools: sides.flatMap((item) => (item.block === 'tools' ? [item.tool] : [])),
			contacts: sides.flatMap((item) => (item.block === 'contacts' ? [item.contact] : [])),
			notes: i === 0 ? notes : []
		};
	});
}

export function slides(flow: LocalFlow, t: Translate, locale: Locale): Slide[] {
	const out: Slide[] = [
		{
			kind: 'title',
			notes: [
				...(flow.source.note ? [{ about: t('source.about'), text: flow.source.note }] : []),
				{ text: t('source.read', { date: formatDate(flow.source.read, locale, false) }) }
			]
		}
	];
	const placed = new Set<string>();
	for (const level of flow.levels) {
		if (flow.levels.length > 1) out.push({ kind: 'level', level, notes: [] });
		out.push({ kind: 'diagram', level, notes: [{ text: t('present.diagramNote') }] });
		for (const step of level.steps)
			for (const node of flow.nodes.filter((n) => n.step === step.id)) {
				placed.add(node.id);
				out.push(...nodeSlides(flow, node, t, locale));
			}
	}
	// Pages outside every step (the format allows them), after the levels.
	for (const node of flow.nodes.filter((n) => !placed.has(n.id))) out.push(...nodeSlides(flow, node, t, locale));
	return out;
}

/** The slide a level or step begins on, for the slide menu; -1 where there is none. */
export function firstSlide(list: Slide[], where: { level?: string; step?: string }): number {
	return list.findIndex((s) =>
		where.step !== undefined
			? s.kind === 'node' && s.step?.id === where.step
			: (s.kind === 'level' && s.level.id === where.level) || (s.kind === 'node' && s.level?.id === where.level)
	);
}
