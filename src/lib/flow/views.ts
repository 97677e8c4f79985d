// What each kind of page needs from a localized flow, and no more: pages ship their data in the HTML.
import { choices, findNode, position, stepEntry, type GraphNode } from './engine';
import { serviceNotes, type LocalServiceNote } from './service-notes';
import { nodeHeading, nodeTitle, placedTitle } from './text';
import type { Locale } from './schema';
import type { LocalContact, LocalDeadline, LocalFlow, LocalNode, LocalTool } from '$lib/types';

/** A flow's skeleton: enough to walk it, show where one is, and name the model. */
export interface FlowGraph {
	id: string;
	version: string;
	title: string;
	municipality: string | null;
	sourceLanguage: LocalFlow['source']['language'];
	start: string;
	/**
	 * Levels with their label and title, and their steps' ids and labels (the page shows "Trinn 2 av 4", or "Steg 2
	 * av 5" where the labels say "Steg"); steps that are alternatives also with their names.
	 */
	levels: { id: string; label?: string; title: string; steps: { id: string; label?: string; title?: string; alternativeTo?: string }[] }[];
	nodes: GraphNode[];
	/** What the model calls the day deadlines count from ("bekymringen"), where it says. */
	worryTerm?: string;
	/** The municipality's brand colour, where the model names one: its pages link theme/<id>.css. */
	brandColor?: string;
}

export function graphOf(flow: LocalFlow): FlowGraph {
	return {
		id: flow.id,
		version: flow.version,
		title: flow.title,
		municipality: flow.municipality?.name ?? null,
		sourceLanguage: flow.source.language,
		start: flow.start,
		levels: flow.levels.map((l) => {
			const alternatives = l.steps.some((s) => s.alternativeTo);
			return {
				id: l.id,
				...(l.label ? { label: l.label } : {}),
				title: l.title,
				steps: l.steps.map((s) =>
					alternatives ? { id: s.id, label: s.label, title: s.title, alternativeTo: s.alternativeTo } : { id: s.id, ...(s.label ? { label: s.label } : {}) }
				)
			};
		}),
		...(flow.worryTerm ? { worryTerm: flow.worryTerm } : {}),
		...(flow.brandColor ? { brandColor: flow.brandColor } : {}),
		nodes: flow.nodes.map((n) => ({
			kind: n.kind,
			id: n.id,
			...(n.step ? { step: n.step } : {}),
			...(n.kind === 'step' ? { next: n.next } : {}),
			...(n.kind === 'question' ? { options: n.options.map((o) => ({ id: o.id, next: o.next })) } : {})
		}))
	};
}

/** The seed marks (part of) this step as unfinished: one of its nodes says so. Lists of steps show it. */
export function isUnfinished(flow: LocalFlow, stepId: string): boolean {
	return flow.nodes.some((n) => n.step === stepId && n.unfinished);
}

/** One wizard page: the node, its heading, where its links lead, and the tables it refers to, resolved. */
export interface NodePage {
	node: LocalNode;
	heading: string;
	/** The step's label ("Trinn 3") in front of a step page's heading. */
	label?: string;
	/** Titles of the nodes this page links to. */
	targets: Record<string, string>;
	tools: LocalTool[];
	contacts: { contact: LocalContact; why?: string }[];
	deadlines: LocalDeadline[];
	/** The service's notes on this page, standard notes spelled out. */
	serviceNotes: LocalServiceNote[];
}

/** A node's tools, contacts and deadlines, looked up in the flow's tables. */
export function references(flow: LocalFlow, node: LocalNode): Pick<NodePage, 'tools' | 'contacts' | 'deadlines'> {
	return {
		tools: (node.tools ?? []).map((id) => flow.tools.find((t) => t.id === id)!),
		contacts: (node.contacts ?? []).map((ref) => ({ contact: flow.contacts.find((c) => c.id === ref.id)!, why: ref.why })),
		deadlines: (node.deadlines ?? []).map((id) => flow.deadlines.find((d) => d.id === id)!)
	};
}

export function nodePage(flow: LocalFlow, nodeId: string, locale: Locale): NodePage {
	// The notes are shipped once, spelled out, not also as keys on the node.
	const { serviceNotes: notes, ...node } = findNode(flow, nodeId)!;
	return {
		node: node as LocalNode,
		serviceNotes: serviceNotes(notes, locale),
		heading: nodeHeading(flow, node),
		label: node.kind === 'step' ? position(flow, node)?.step.label : undefined,
		targets: Object.fromEntries(choices(node).map((c) => [c.next, nodeTitle(flow, findNode(flow, c.next)!)])),
		...references(flow, node)
	};
}

/** Every step page of a flow, by node id: what the browser keeps once it has loaded a model's first page. */
export function stepPages(flow: LocalFlow, locale: Locale): Record<string, NodePage> {
	return Object.fromEntries(flow.nodes.map((n) => [n.id, nodePage(flow, n.id, locale)]));
}

/** A model's front page, and what the comparison shows of it: the model, its levels and their steps. */
export interface Outline {
	id: string;
	title: string;
	municipality: string | null;
	description: string;
	/** The municipality's publication, as it was read. */
	source: LocalFlow['source'];
	start: string;
	levels: {
		id: string;
		label?: string;
		title: string;
		intro?: string;
		/** Each step with the node it starts at, and whether the seed marks it unfinished. */
		steps: { id: string; label?: string; title: string; entry: string; unfinished?: true }[];
	}[];
}

export function outline(flow: LocalFlow): Outline {
	return {
		id: flow.id,
		title: flow.title,
		municipality: flow.municipality?.name ?? null,
		description: flow.description,
		source: flow.source,
		start: flow.start,
		levels: flow.levels.map((l) => ({
			id: l.id,
			...(l.label ? { label: l.label } : {}),
			title: l.title,
			...(l.intro ? { intro: l.intro } : {}),
			steps: l.steps.map((s) => ({
				id: s.id,
				...(s.label ? { label: s.label } : {}),
				title: s.title,
				entry: stepEntry(flow, s.id)!.id,
				...(isUnfinished(flow, s.id) ? { unfinished: true as const } : {})
			}))
		}))
	};
}

/** The start page's list: models by municipality, municipalities by first letter, models without one last. */
export interface ModelIndex {
	letters: { letter: string; municipalities: { name: string; models: ModelLink[] }[] }[];
	unnamed: ModelLink[];
}
export interface ModelLink {
	id: string;
	title: string;
}

export function modelIndex(models: (ModelLink & { municipality: string | null })[], locale: string): ModelIndex {
	const order = new Intl.Collator(locale).compare;
	const byName = new Map<string, ModelLink[]>();
	for (const { id, title, municipality } of models) if (municipality) byName.set(municipality, [...(byName.get(municipality) ?? []), { id, title }]);
	const letters = new Map<string, ModelIndex['letters'][number]>();
	for (const name of [...byName.keys()].sort(order)) {
		const letter = name[0].toLocaleUpperCase(locale);
		if (!letters.has(letter)) letters.set(letter, { letter, municipalities: [] });
		letters.get(letter)!.municipalities.push({ name, models: byName.get(name)!.sort((a, b) => order(a.title, b.title)) });
	}
	const unnamed = models.filter((m) => !m.municipality).map(({ id, title }) => ({ id, title }));
	return { letters: [...letters.values()], unnamed: unnamed.sort((a, b) => order(a.title, b.title)) };
}

/** For "Dine svar": every node's title with its place, and every question's option labels. */
export interface AnswersPage {
	titles: Record<string, string>;
	options: Record<string, Record<string, string>>;
}

export function answersPage(flow: LocalFlow): AnswersPage {
	return {
		titles: Object.fromEntries(flow.nodes.map((n) => [n.id, placedTitle(flow, n)])),
		options: Object.fromEntries(
			flow.nodes.flatMap((n) => (n.kind === 'question' ? [[n.id, Object.fromEntries(n.options.map((o) => [o.id, o.label]))]] : []))
		)
	};
}
