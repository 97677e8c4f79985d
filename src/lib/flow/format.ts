// The one way a flow file is written: each object's keys in a fixed order, tabs, a line break at the end.
// `npm run flows:new`, `npm run flows:format` and the studio's download all use it, so a file read and
// written again is the same, byte for byte, and a change shows in a diff as only what changed.

type Kind = keyof typeof KEYS;

/** Each kind of object: its keys in order, and the kind of the value under a key (an array's items). */
const KEYS = {
	flow: {
		$schema: null, id: null, version: null, status: null, municipality: 'municipality', title: 'text', description: 'text',
		worryTerm: 'text', source: 'source', shape: null, brandColor: null, start: null, levels: 'level', contacts: 'contact', tools: 'tool',
		deadlines: 'deadline', nodes: 'node'
	},
	municipality: { name: 'text', number: null },
	source: { url: null, title: 'text', publisher: null, read: null, language: null, note: 'text' },
	level: { id: null, label: 'text', title: 'text', intro: 'text', steps: 'step' },
	step: { id: null, label: 'text', title: 'text', alternativeTo: null, phase: null },
	contact: { id: null, name: 'text', role: 'text', phone: null, email: null, url: null, hours: 'text', address: 'text' },
	tool: { id: null, name: 'text', description: 'text', url: null, unpublished: null },
	deadline: { id: null, when: 'text', rule: 'text', period: 'period', from: null },
	period: { weeks: null, days: null },
	node: {
		kind: null, id: null, step: null, title: 'text', intro: 'text', question: 'text', todo: 'text', notes: 'text',
		warnings: 'text', serviceNotes: 'serviceNote', deadlines: null, tools: null, contacts: 'contactRef', ending: null,
		unfinished: null, options: 'option', next: null
	},
	option: { id: null, label: 'text', hint: 'text', next: null, effect: null },
	contactRef: { id: null, why: 'text' },
	serviceNote: { text: 'text', checked: null, near: null },
	text: { nb: null, nn: null }
} as const satisfies Record<string, Record<string, string | null>>;

/** The keys of each kind of object, in the order a file has them (the tests hold them to the zod schema). */
export const KEY_ORDER = Object.fromEntries(Object.entries(KEYS).map(([kind, keys]) => [kind, Object.keys(keys)])) as Record<Kind, string[]>;

function ordered(value: unknown, kind: Kind | null): unknown {
	if (Array.isArray(value)) return value.map((item) => ordered(item, kind));
	if (kind === null || typeof value !== 'object' || value === null) return value;
	const keys: Record<string, Kind | null> = KEYS[kind];
	const known = Object.keys(keys).filter((k) => k in value);
	// Keys the format does not know keep their place after the known ones: the checker names them.
	const unknown = Object.keys(value).filter((k) => !(k in keys));
	return Object.fromEntries([...known, ...unknown].map((k) => [k, ordered((value as Record<string, unknown>)[k], keys[k] ?? null)]));
}

/** A flow (valid or not) as the text of its file. */
export function formatFlow(flow: unknown): string {
	return `${JSON.stringify(ordered(flow, 'flow'), null, '\t')}\n`;
}
