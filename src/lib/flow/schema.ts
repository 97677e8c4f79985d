// The flow file format: one JSON file per municipal model in flows/.
// Shape only; graph rules (targets exist, reachability, exits) live in validate.ts.
import { z } from 'zod';

import { LOCALES } from '../locales';
import { SERVICE_NOTE_KEYS } from './service-notes';
import { PHASES } from './phases';

export { LOCALES, type Locale } from '../locales';
export { PHASES, type Phase } from './phases';

/** Ids are used in URLs: lower-case letters, digits and single hyphens. */
export const Id = z
	.string()
	.max(80, 'must be at most 80 characters')
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens, like "trinn-1"');

/** Page names under /[lang]/[flow]/ that belong to the app, so no node may use them. */
export const RESERVED_NODE_IDS = ['oversikt', 'svar', 'min-oversikt', 'presentasjon', 'plakat', 'start'] as const;

/** Page names under /[lang]/ that belong to the app, so no flow may use them. */
export const RESERVED_FLOW_IDS = ['sammenlign', 'bygg-inn', 'tilgjengelighet', 'personvern', 'ikke-funnet', 'embed', 'studio'] as const;

/**
 * Limits far above the real flows (the longest text is 552 characters, the longest word 33, like
 * "foreldresamtaler/-konsultasjoner,"), for a browser's sake: a word of 200 KB took half a minute to lay
 * out. Addresses belong in "url" fields, not in text.
 */
export const MAX_TEXT = 2000;
export const MAX_WORD = 80;
/** What takes no room on screen: whitespace and invisible characters (zero-width space and joiners, BOM, soft hyphen…). */
const INVISIBLE = /[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;
const longWord = (text: string) => text.split(/\s+/).find((word) => word.length > MAX_WORD);

const nonEmpty = z
	.string()
	.trim()
	.min(1, 'must not be empty')
	.max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`)
	.refine((text) => text === '' || text.replace(INVISIBLE, '') !== '', 'must not be empty')
	.refine((text) => !longWord(text), {
		error: (issue) => {
			const word = longWord(issue.input as string)!;
			return `has a word of ${word.length} characters, ${JSON.stringify(`${word.slice(0, 20)}…`)}, but a word may have at most ${MAX_WORD}`;
		}
	});

/** User-visible text, always in both bokmål and nynorsk. */
export const Text = z.strictObject({ nb: nonEmpty, nn: nonEmpty });

const Paragraphs = z.array(Text).min(1, 'must have at least one entry when present');

export const Level = z.strictObject({
	id: Id,
	/** The seed's own label, e.g. "Nivå 1". Absent for models without levels. */
	label: Text.optional(),
	title: Text,
	intro: Text.optional(),
	/** The level's steps in the seed's order; nodes point to them to show position and progress. */
	steps: z
		.array(
			z.strictObject({
				id: Id,
				/** The seed's own label, e.g. "Trinn 3", "Steg 2", "1B". */
				label: Text.optional(),
				title: Text,
				/** An earlier step of this level that this one is an alternative to (ved-bekymring's "2B" to "2a"): same place. */
				alternativeTo: Id.optional(),
				/** What the step is for, in the service's grouping (see PHASES): the comparison of models lines steps up by it. */
				phase: z.enum(PHASES).optional()
			})
		)
		.min(1, 'a level needs at least one step')
});

/**
 * A link to a public page: https, a domain name in ASCII (an internationalised one in its "xn--" form, so a
 * look-alike letter cannot hide in it), no user name or password (https://kommune.no@evil.example/ goes to
 * evil.example), no port, and only the characters an address may have (no spaces, no backslashes).
 */
const WebAddress = z
	.string()
	.max(2000, 'must be at most 2000 characters')
	.regex(
		/^https:\/\/([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}([/?#][A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*)?$/,
		'must be an https:// address with a plain domain name: no user name or password, no port, no spaces and no letters outside ASCII (write an internationalised domain in its xn-- form)'
	);

export const Contact = z.strictObject({
	id: Id,
	name: Text,
	role: Text.optional(),
	/** Only where the seed gives one, exactly as written there. */
	phone: z.string().regex(/^\+?[0-9 ]{3,20}$/, 'must be a phone number of digits and spaces').optional(),
	email: z.email('must be an e-mail address').optional(),
	url: WebAddress.optional(),
	hours: Paragraphs.optional(),
	address: Paragraphs.optional()
});

export const Tool = z.strictObject({
	id: Id,
	name: Text,
	description: Text.optional(),
	url: WebAddress.optional(),
	/** The seed names the tool but has not published it yet ("Her kommer lenker"). */
	unpublished: z.literal(true).optional()
});

/** A time limit that the seed gives, counted from the day the wonder/worry arose or from today. */
export const Deadline = z.strictObject({
	id: Id,
	/** When the rule applies, e.g. "Gjelder det en elevs skolemiljø (§9a-sak)". */
	when: Text.optional(),
	/** The rule in the seed's words, e.g. "senest innen 1 uke". */
	rule: Text,
	/** "asap" is the seed's "snarest": no date can be given. */
	period: z.union([
		z.strictObject({ weeks: z.int().min(1).max(52) }),
		z.strictObject({ days: z.int().min(1).max(365) }),
		z.literal('asap')
	], { error: 'must be {"weeks": n}, {"days": n} or "asap"' }),
	from: z.enum(['worry', 'today'])
});

const ContactRef = z.strictObject({ id: Id, why: Text.optional() });

/**
 * The service's own note, in its own voice, never the municipality's words: a standard note by key
 * (its text lives once in service-notes.ts), or a note for this node with the day it was last checked.
 */
export const ServiceNote = z.strictObject({
	text: Text,
	checked: z.iso.date('must be the day it was checked, like "2026-11-26"'),
	/** Shown beside the deadlines or the contacts instead of beside the main text. */
	near: z.enum(['deadlines', 'contacts']).optional()
});
const ServiceNoteRef = z.union([z.enum(SERVICE_NOTE_KEYS), ServiceNote], {
	error: `must be ${SERVICE_NOTE_KEYS.map((k) => `"${k}"`).join(', ')} or {"text": {…}, "checked": "YYYY-MM-DD"}`
});

/** What any page may show beside its main content. */
const content = {
	/** The step this node belongs to, for position and progress. */
	step: Id.optional(),
	intro: Paragraphs.optional(),
	/** What to do now, as a checklist. */
	todo: Paragraphs.optional(),
	/** "NB!" notes and reminders from the seed. */
	notes: Paragraphs.optional(),
	/** Safety warnings, e.g. "Ved mistanke om vold eller overgrep skal foresatte ikke involveres". */
	warnings: Paragraphs.optional(),
	deadlines: z.array(Id).min(1).optional(),
	tools: z.array(Id).min(1).optional(),
	contacts: z.array(ContactRef).min(1).optional(),
	/** The seed marks this part as unfinished; the page says so. */
	unfinished: z.literal(true).optional(),
	/** The service's notes on this page (see ServiceNote); flows:check says where they are required. */
	serviceNotes: z.array(ServiceNoteRef).min(1).optional()
};

export const StepNode = z.strictObject({
	kind: z.literal('step'),
	id: Id,
	...content,
	step: Id,
	/** Defaults to the step's title. */
	title: Text.optional(),
	todo: Paragraphs,
	next: Id
});

export const Option = z.strictObject({
	id: Id,
	label: Text,
	hint: Text.optional(),
	next: Id,
	/** The answer says the measures worked, or did not: flows:check makes sure "did not work" never traps. */
	effect: z.enum(['worked', 'not-worked']).optional()
});

export const QuestionNode = z.strictObject({
	kind: z.literal('question'),
	id: Id,
	...content,
	question: Text,
	options: z.array(Option).min(2, 'a question needs at least two options')
});

export const OutcomeNode = z.strictObject({
	kind: z.literal('outcome'),
	id: Id,
	...content,
	title: Text,
	/**
	 * How the walk ends, for the badge: "resolved" (the goal is reached), "onward" (the work goes on
	 * elsewhere), "report" (a report of concern to barnevernet). Absent: it just ends here.
	 */
	ending: z.enum(['resolved', 'onward', 'report']).optional()
});

export const Node = z.discriminatedUnion('kind', [StepNode, QuestionNode, OutcomeNode], {
	error: 'kind must be "step", "question" or "outcome"'
});

/** The municipality whose model this is; its official four-digit number (kommunenummer) where known. */
export const Municipality = z.strictObject({
	name: Text,
	number: z.string().regex(/^[0-9]{4}$/, 'must be the four digits of the kommunenummer, like "3401"').optional()
});

/**
 * Where the model comes from: the municipality's own publication, as it was read. `url` and `publisher` are
 * null only where they are not known (a page kept without its address, or that does not say who wrote it).
 */
export const Source = z.strictObject({
	url: WebAddress.nullable(),
	/** The publication's own title. */
	title: Text,
	/** Who published it, as it names itself, e.g. "Kongsvinger kommune". */
	publisher: nonEmpty.nullable(),
	/** The day the publication was read for this model. */
	read: z.iso.date('must be the day it was read, like "2026-11-25"'),
	/** The language the municipality wrote the model in; the other locale is a translation. */
	language: z.enum(LOCALES),
	note: Text.optional()
});

/** A draft is built and can be walked by its link, but is not listed and says it is not approved. */
export const STATUSES = ['published', 'draft'] as const;

export const Flow = z.strictObject({
	$schema: z.string().optional(),
	id: Id,
	version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like "1.0.0"'),
	status: z.enum(STATUSES),
	/** null where the model does not name its municipality. */
	municipality: Municipality.nullable(),
	title: Text,
	/** One line for the start page. */
	description: Text,
	/** What the model calls the wonder or worry deadlines count from, e.g. "bekymringen". Default "undringen". */
	worryTerm: Text.optional(),
	source: Source,
	/** How trainers' diagrams draw the model. */
	shape: z.enum(['circle', 'levels', 'branches']),
	/** The municipality's brand colour, "#rrggbb": the model's pages and embeds take their accent from it (theme.ts). */
	brandColor: z
		.string()
		.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#0062ba"')
		.optional(),
	start: Id,
	levels: z.array(Level).min(1, 'a flow needs at least one level'),
	contacts: z.array(Contact),
	tools: z.array(Tool),
	deadlines: z.array(Deadline),
	nodes: z.array(Node).min(1, 'a flow needs at least one node')
});

export type Text = z.infer<typeof Text>;
export type Level = z.infer<typeof Level>;
export type Step = Level['steps'][number];
export type Contact = z.infer<typeof Contact>;
export type Tool = z.infer<typeof Tool>;
export type Deadline = z.infer<typeof Deadline>;
export type Option = z.infer<typeof Option>;
export type ServiceNote = z.infer<typeof ServiceNote>;
export type StepNode = z.infer<typeof StepNode>;
export type QuestionNode = z.infer<typeof QuestionNode>;
export type OutcomeNode = z.infer<typeof OutcomeNode>;
export type Node = z.infer<typeof Node>;
export type Flow = z.infer<typeof Flow>;
export type Municipality = z.infer<typeof Municipality>;
export type Source = z.infer<typeof Source>;
export type Status = Flow['status'];
