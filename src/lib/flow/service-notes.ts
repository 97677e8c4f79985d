// The service's standard notes: said once here, in its own voice, and referred to by key from any
// flow's nodes ("serviceNotes": ["reporting-duty"]). flows:check says where each is required
// (safety-rules.ts). Legal statements were checked on the day given; see README, "The service's notes".
import type { Locale, ServiceNote } from './schema';

export const SERVICE_NOTE_KEYS = ['abuse-exception', 'reporting-duty', 'school-environment-law'] as const;
export type ServiceNoteKey = (typeof SERVICE_NOTE_KEYS)[number];

export const SERVICE_NOTES: Record<ServiceNoteKey, ServiceNote> = {
	/** Beside any instruction to contact, inform or involve the parents. */
	'abuse-exception': {
		text: {
			nb: 'Unntak: Ved mistanke om vold, overgrep eller seksuelle overgrep skal du ikke involvere foreldrene. Ring politiet på 112 eller kontakt barnevernet direkte.',
			nn: 'Unntak: Ved mistanke om vald, overgrep eller seksuelle overgrep skal du ikkje involvere foreldra. Ring politiet på 112 eller kontakt barnevernet direkte.'
		},
		checked: '2026-11-26'
	},
	/** On the first page, and wherever barnevernet or consent comes up. */
	'reporting-duty': {
		text: {
			nb: 'Opplysningsplikten til barnevernet gjelder deg personlig: Har du grunn til å tro at et barn blir mishandlet eller utsatt for alvorlig omsorgssvikt, skal du melde fra til barnevernet. Det krever ikke samtykke fra foreldrene. Ved mindre alvorlig bekymring kan saken alltid drøftes anonymt med barnevernet, og med barnets navn bare når foreldrene samtykker.',
			nn: 'Opplysningsplikta til barnevernet gjeld deg personleg: Har du grunn til å tru at eit barn blir mishandla eller utsett for alvorleg omsorgssvikt, skal du melde frå til barnevernet. Det krev ikkje samtykke frå foreldra. Ved mindre alvorleg bekymring kan saka alltid drøftast anonymt med barnevernet, og med namnet til barnet berre når foreldra samtykkjer.'
		},
		checked: '2026-11-26',
		// After the way on, with the contacts (barnevernet), so that the answers stay near the top on a phone.
		near: 'contacts'
	},
	/** Wherever a page cites "§9a" of the old education act. */
	'school-environment-law': {
		text: {
			nb: '«§9a» viser til den gamle opplæringsloven. Fra 1. august 2024 står reglene om elevenes skolemiljø i kapittel 12 i den nye opplæringsloven.',
			nn: '«§9a» viser til den gamle opplæringslova. Frå 1. august 2024 står reglane om skolemiljøet til elevane i kapittel 12 i den nye opplæringslova.'
		},
		checked: '2026-11-26',
		near: 'deadlines'
	}
};

/** A service note as a page shows it: text in one language, the day it was checked, where it goes. */
export interface LocalServiceNote {
	text: string;
	checked: string;
	near?: ServiceNote['near'];
}

/** A node's notes in one language, standard notes looked up by key; `notes` may be localized already. */
export function serviceNotes(notes: readonly (string | { text: string | ServiceNote['text']; checked: string; near?: ServiceNote['near'] })[] | undefined, locale: Locale): LocalServiceNote[] {
	return (notes ?? []).map((note) => {
		const { text, checked, near } = typeof note === 'string' ? SERVICE_NOTES[note as ServiceNoteKey] : note;
		return { text: typeof text === 'string' ? text : text[locale], checked, ...(near ? { near } : {}) };
	});
}
