// The checker's problems (validate.ts, safety-rules.ts: English, for flows:check) in plain bokmål and nynorsk for
// the studio, each with its place in words ("Siden «Vurdering», svar 2, fører til"). A message the table does not
// know is shown as it is, in English, so nothing is hidden (tests/unit/studio.test.ts keeps the table complete).
import type { Flow, Node } from '$lib/flow/schema';
import type { Problem } from '$lib/flow/validate';
import type { Locale } from '$lib/locales';
import { nodeName } from './names';

type Words = { nb: string; nn: string };
type Rule = [RegExp, (m: RegExpMatchArray) => Words];

const q = (s: string) => `«${s}»`;
const KINDS: Record<string, Words> = {
	level: { nb: 'nivå', nn: 'nivå' },
	step: { nb: 'trinn', nn: 'steg' },
	node: { nb: 'side', nn: 'side' },
	contact: { nb: 'kontakt', nn: 'kontakt' },
	tool: { nb: 'hjelpemiddel', nn: 'hjelpemiddel' },
	deadline: { nb: 'frist', nn: 'frist' }
};
const kind = (k: string) => KINDS[k] ?? { nb: k, nn: k };
const NOTES: Record<string, Words> = {
	'abuse-exception': { nb: 'Unntaket ved vold og overgrep', nn: 'Unntaket ved vald og overgrep' },
	'reporting-duty': { nb: 'Opplysningsplikten til barnevernet', nn: 'Opplysningsplikta til barnevernet' },
	'school-environment-law': { nb: 'Skolemiljøet i opplæringsloven', nn: 'Skulemiljøet i opplæringslova' }
};
const note = (key: string) => NOTES[key] ?? { nb: key, nn: key };

const RULES: Rule[] = [
	[/^Must not be empty\.$/, () => ({ nb: 'Teksten mangler.', nn: 'Teksten manglar.' })],
	[/^Must be at most (\d+) characters\.$/, (m) => ({ nb: `Teksten er for lang: høyst ${m[1]} tegn.`, nn: `Teksten er for lang: høgst ${m[1]} teikn.` })],
	[/^Has a word of (\d+) characters, (".*"), but a word may have at most (\d+)\.$/, (m) => ({
		nb: `Et ord har ${m[1]} tegn (${m[2]}); et ord kan ha høyst ${m[3]}. Skriv lenker i adressefeltet, ikke i teksten.`,
		nn: `Eit ord har ${m[1]} teikn (${m[2]}); eit ord kan ha høgst ${m[3]}. Skriv lenker i adressefeltet, ikkje i teksten.`
	})],
	[/^Must be lower-case letters, digits and single hyphens/, () => ({
		nb: 'Id-en kan bare ha små bokstaver a–z, sifre og enkle bindestreker, som «trinn-1».',
		nn: 'Id-en kan berre ha små bokstavar a–z, siffer og enkle bindestrekar, som «trinn-1».'
	})],
	[/^Must be a version like/, () => ({ nb: 'Versjonen skrives som tre tall, som «1.0.0».', nn: 'Versjonen skriv ein som tre tal, som «1.0.0».' })],
	[/^Must be the four digits of the kommunenummer/, () => ({ nb: 'Kommunenummeret har fire sifre, som «3401».', nn: 'Kommunenummeret har fire siffer, som «3401».' })],
	[/^Must be the day it was (read|checked)/, () => ({ nb: 'Skriv datoen som år-måned-dag, som «2026-11-25».', nn: 'Skriv datoen som år-månad-dag, som «2026-11-25».' })],
	[/^Must be a phone number/, () => ({ nb: 'Telefonnummeret kan bare ha sifre og mellomrom (og + først).', nn: 'Telefonnummeret kan berre ha siffer og mellomrom (og + først).' })],
	[/^Must be an e-mail address/, () => ({ nb: 'Skriv en e-postadresse, som «post@kommune.no».', nn: 'Skriv ei e-postadresse, som «post@kommune.no».' })],
	[/^Must be an https:\/\/ address/, () => ({
		nb: 'Adressen må begynne med https:// og ha et vanlig domenenavn, uten brukernavn, port eller mellomrom.',
		nn: 'Adressa må byrje med https:// og ha eit vanleg domenenamn, utan brukarnamn, port eller mellomrom.'
	})],
	[/^Must be \{"weeks": n\}/, () => ({ nb: 'Velg en frist i uker eller dager, eller «snarest».', nn: 'Vel ein frist i veker eller dagar, eller «snarast».' })],
	[/^Too (small|big): expected number to be (>=|<=)(\d+)/, (m) => ({
		nb: `Tallet må være ${m[2] === '>=' ? 'minst' : 'høyst'} ${m[3]}.`,
		nn: `Talet må vere ${m[2] === '>=' ? 'minst' : 'høgst'} ${m[3]}.`
	})],
	[/^A level needs at least one step\.$/, () => ({ nb: 'Nivået trenger minst ett trinn.', nn: 'Nivået treng minst eitt steg.' })],
	[/^A question needs at least two options\.$/, () => ({ nb: 'Et spørsmål trenger minst to svar.', nn: 'Eit spørsmål treng minst to svar.' })],
	[/^A flow needs at least one (level|node)\.$/, (m) => ({
		nb: `Modellen trenger minst ${m[1] === 'level' ? 'ett nivå' : 'én side'}.`,
		nn: `Modellen treng minst ${m[1] === 'level' ? 'eitt nivå' : 'éi side'}.`
	})],
	[/^Must have at least one entry when present\.$/, () => ({ nb: 'Lista er tom: legg til et punkt, eller fjern lista.', nn: 'Lista er tom: legg til eit punkt, eller fjern lista.' })],
	[/^Too small: expected array to have >=1 items\.?$/, () => ({ nb: 'Lista er tom: legg til et punkt, eller fjern lista.', nn: 'Lista er tom: legg til eit punkt, eller fjern lista.' })],
	[/^Invalid input: expected (\w+), received undefined\.$/, () => ({ nb: 'Feltet mangler.', nn: 'Feltet manglar.' })],
	[/^(Invalid input|Invalid option|Kind must be)/, () => ({ nb: 'Verdien er ikke gyldig her.', nn: 'Verdien er ikkje gyldig her.' })],
	[/^Unrecognized keys?: (.*); it is not part of the flow format\.$/, (m) => ({
		nb: `${m[1]} hører ikke til formatet; fjern det fra fila.`,
		nn: `${m[1]} høyrer ikkje til formatet; fjern det frå fila.`
	})],
	[/^Must be "abuse-exception"/, () => ({ nb: 'Velg en av veiviserens standardmerknader, eller skriv en egen merknad med dato.', nn: 'Vel ein av standardmerknadene til vegvisaren, eller skriv ein eigen merknad med dato.' })],
	[/^The (\w+) id "(.+)" is used more than once\.$/, (m) => ({
		nb: `Id-en ${q(m[2])} er brukt av mer enn ett ${kind(m[1]).nb}.`,
		nn: `Id-en ${q(m[2])} er brukt av meir enn eitt ${kind(m[1]).nn}.`
	})],
	[/^The option id "(.+)" is used more than once in this question\.$/, (m) => ({ nb: `To svar har id-en ${q(m[1])}.`, nn: `To svar har id-en ${q(m[1])}.` })],
	[/^The (?:node )?id "(.+)" is reserved for a page of the app; choose another\.$/, (m) => ({
		nb: `Id-en ${q(m[1])} er navnet på en side i veiviseren; velg en annen.`,
		nn: `Id-en ${q(m[1])} er namnet på ei side i vegvisaren; vel ein annan.`
	})],
	[/^The id "(.+)" must equal the file name "(.+)"\.$/, (m) => ({
		nb: `Id-en ${q(m[1])} må være lik filnavnet ${q(m[2])}.`,
		nn: `Id-en ${q(m[1])} må vere lik filnamnet ${q(m[2])}.`
	})],
	[/^The start node "(.*)" does not exist\.$/, () => ({ nb: 'Velg hvilken side modellen begynner på.', nn: 'Vel kva side modellen byrjar på.' })],
	[/^The next node "(.*)" does not exist\.$/, (m) => ({
		nb: m[1] ? `Siden ${q(m[1])} finnes ikke; velg hvor det fører.` : 'Velg hvilken side det fører til.',
		nn: m[1] ? `Sida ${q(m[1])} finst ikkje; vel kvar det fører.` : 'Vel kva side det fører til.'
	})],
	[/^The step "(.*)" is not defined in any level\.$/, (m) => ({
		nb: m[1] ? `Trinnet ${q(m[1])} finnes ikke; velg et trinn.` : 'Velg hvilket trinn siden hører til.',
		nn: m[1] ? `Steget ${q(m[1])} finst ikkje; vel eit steg.` : 'Vel kva steg sida høyrer til.'
	})],
	[/^The (deadline|tool|contact) "(.+)" is not in the \w+ table\.$/, (m) => ({
		nb: `${q(m[2])} finnes ikke blant ${m[1] === 'deadline' ? 'fristene' : m[1] === 'tool' ? 'hjelpemidlene' : 'kontaktene'}.`,
		nn: `${q(m[2])} finst ikkje blant ${m[1] === 'deadline' ? 'fristane' : m[1] === 'tool' ? 'hjelpemidla' : 'kontaktane'}.`
	})],
	[/^The (contact|tool|deadline) "(.+)" is not used by any node\.$/, (m) => ({
		nb: `Ingen side bruker ${kind(m[1]).nb === 'frist' ? 'fristen' : kind(m[1]).nb === 'kontakt' ? 'kontakten' : 'hjelpemiddelet'} ${q(m[2])}: vis den på en side, eller fjern den.`,
		nn: `Inga side brukar ${kind(m[1]).nn === 'frist' ? 'fristen' : kind(m[1]).nn === 'kontakt' ? 'kontakten' : 'hjelpemiddelet'} ${q(m[2])}: vis han på ei side, eller fjern han.`
	})],
	[/^The step "(.+)" has no node, so it has no page\.$/, (m) => ({
		nb: `Trinnet ${q(m[1])} har ingen side: legg til en side på trinnet.`,
		nn: `Steget ${q(m[1])} har inga side: legg til ei side på steget.`
	})],
	[/^The step "(.+)" must be an earlier step of the same level/, () => ({
		nb: 'Et alternativ må være til et tidligere trinn på samme nivå, som ikke selv er et alternativ.',
		nn: 'Eit alternativ må vere til eit tidlegare steg på same nivå, som ikkje sjølv er eit alternativ.'
	})],
	[/^The node "(.+)" cannot be reached from the start node/, (m) => ({
		nb: `Ingen vei fører til siden ${q(m[1])} fra starten.`,
		nn: `Ingen veg fører til sida ${q(m[1])} frå starten.`
	})],
	[/^From the node "(.+)" no path leads to an outcome/, (m) => ({
		nb: `Fra siden ${q(m[1])} fører ingen vei til en slutt: den er en blindvei eller en sløyfe uten utgang.`,
		nn: `Frå sida ${q(m[1])} fører ingen veg til ein slutt: ho er ei blindgate eller ei sløyfe utan utgang.`
	})],
	[/^The node "(.+)" tells staff to involve the parents \(it says "(.+)" and "(.+)"\), so its "serviceNotes" must include "(.+)"\.$/, (m) => ({
		nb: `Siden ber de ansatte involvere foreldrene (${q(m[2])}, ${q(m[3])}): kryss av for ${q(note(m[4]).nb)}.`,
		nn: `Sida ber dei tilsette involvere foreldra (${q(m[2])}, ${q(m[3])}): kryss av for ${q(note(m[4]).nn)}.`
	})],
	[/^The node "(.+)" is the first page, so its "serviceNotes" must include "(.+)"\.$/, (m) => ({
		nb: `Den første siden skal ha merknaden ${q(note(m[2]).nb)}: kryss av for den.`,
		nn: `Den første sida skal ha merknaden ${q(note(m[2]).nn)}: kryss av for han.`
	})],
	[/^The node "(.+)" mentions "(.+)", so its "serviceNotes" must include "(.+)"\.$/, (m) => ({
		nb: `Siden nevner ${q(m[2])}: kryss av for ${q(note(m[3]).nb)}.`,
		nn: `Sida nemner ${q(m[2])}: kryss av for ${q(note(m[3]).nn)}.`
	})],
	[/^The node "(.+)" cites §9a of the old education act, so its "serviceNotes" must include "(.+)"\.$/, (m) => ({
		nb: `Siden viser til §9a: kryss av for ${q(note(m[2]).nb)}.`,
		nn: `Sida viser til §9a: kryss av for ${q(note(m[2]).nn)}.`
	})],
	[/^The answer "(.+)" says the measures (worked|did not work), so it must be marked "effect": "(.+)"\.$/, (m) => ({
		nb: `Svaret sier at tiltakene ${m[2] === 'worked' ? 'virket' : 'ikke virket'}: velg det under «Svaret sier om tiltakene virket».`,
		nn: `Svaret seier at tiltaka ${m[2] === 'worked' ? 'verka' : 'ikkje verka'}: vel det under «Svaret seier om tiltaka verka».`
	})],
	[/^After the answer "(.+)" \(did not work\) the user cannot reach/, () => ({
		nb: 'Etter dette svaret (tiltakene virket ikke) kommer brukeren ikke videre uten å svare at de virket: la svaret føre til et senere trinn, et annet nivå eller en slutt som ikke er «målet er nådd».',
		nn: 'Etter dette svaret (tiltaka verka ikkje) kjem brukaren ikkje vidare utan å svare at dei verka: la svaret føre til eit seinare steg, eit anna nivå eller ein slutt som ikkje er «målet er nådd».'
	})],
	[/^The rule says "(.+)" but the period is (.+); make the text and the period agree\.$/, (m) => ({
		nb: `Teksten sier ${q(m[1])}, men fristen er satt til ${period(m[2]).nb}: få dem til å stemme.`,
		nn: `Teksten seier ${q(m[1])}, men fristen er sett til ${period(m[2]).nn}: få dei til å stemme.`
	})],
	[/^The rule does not say its period of (.+) \(as in/, (m) => ({
		nb: `Teksten sier ikke fristen på ${period(m[1]).nb} (skriv for eksempel «innen 2 uker»).`,
		nn: `Teksten seier ikkje fristen på ${period(m[1]).nn} (skriv til dømes «innan 2 veker»).`
	})],
	[/^The text is still a placeholder/, () => ({
		nb: 'Teksten er ikke fylt inn ennå. En modell med «[Fyll inn …]» kan bare være et utkast.',
		nn: 'Teksten er ikkje fylt inn enno. Ein modell med «[Fyll inn …]» kan berre vere eit utkast.'
	})],
	[/^The file is (\d+) KB; a flow may be at most (\d+) KB\.$/, (m) => ({ nb: `Fila er ${m[1]} KB; en modell kan være høyst ${m[2]} KB.`, nn: `Fila er ${m[1]} KB; ein modell kan vere høgst ${m[2]} KB.` })],
	[/^The file is not UTF-8: the byte \S+ at line (\d+), column (\d+)/, (m) => ({
		nb: `Fila er ikke lagret som UTF-8 (linje ${m[1]}, kolonne ${m[2]}). Lagre den som UTF-8 og prøv igjen.`,
		nn: `Fila er ikkje lagra som UTF-8 (linje ${m[1]}, kolonne ${m[2]}). Lagre ho som UTF-8 og prøv igjen.`
	})],
	[/^The file is not valid JSON: (.*)\.$/, (m) => ({ nb: `Fila er ikke gyldig JSON (${m[1]}).`, nn: `Fila er ikkje gyldig JSON (${m[1]}).` })],
	[/^The file has the character "\uFFFD" \(U\+FFFD\) at line (\d+), column (\d+)/, (m) => ({
		nb: `Fila har mistet en bokstav på linje ${m[1]}, kolonne ${m[2]} («\uFFFD»): skriv bokstaven inn igjen.`,
		nn: `Fila har mista ein bokstav på linje ${m[1]}, kolonne ${m[2]} («\uFFFD»): skriv bokstaven inn att.`
	})],
	[/^The file nests objects and arrays (\d+) levels deep/, () => ({ nb: 'Fila er nøstet for dypt til å være en modell.', nn: 'Fila er nøsta for djupt til å vere ein modell.' })],
	[/^The key "(.+)" appears twice in this object/, (m) => ({ nb: `Feltet ${q(m[1])} står to ganger på samme sted; fjern det ene.`, nn: `Feltet ${q(m[1])} står to gonger på same stad; fjern det eine.` })]
];

function period(text: string): Words {
	if (text === '"asap"') return { nb: '«snarest»', nn: '«snarast»' };
	const [n, unit] = text.split(' ');
	const weeks = unit.startsWith('week');
	const one = n === '1';
	return { nb: `${n} ${weeks ? (one ? 'uke' : 'uker') : one ? 'dag' : 'dager'}`, nn: `${n} ${weeks ? (one ? 'veke' : 'veker') : one ? 'dag' : 'dagar'}` };
}

/** The problem's message in the studio's language; English (as flows:check says it) if the table lacks it. */
export function problemText(message: string, locale: Locale): { text: string; translated: boolean } {
	for (const [re, words] of RULES) {
		const m = message.match(re);
		if (m) return { text: words(m)[locale], translated: true };
	}
	return { text: message, translated: false };
}

/** A JSON path as its parts: "$.nodes[3].options[1].next" → ["nodes", 3, "options", 1, "next"]. */
export function pathParts(path: string): (string | number)[] {
	const parts: (string | number)[] = [];
	for (const m of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g))
		parts.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(m[3])));
	return parts;
}

/** The id of the form field for a JSON path: "$.nodes[3].title.nb" → "f-nodes-3-title-nb". */
export function fieldId(path: string | (string | number)[]): string {
	const parts = typeof path === 'string' ? pathParts(path) : path;
	return ['f', ...parts].join('-').replace(/[^A-Za-z0-9-]/g, '_');
}

const FIELDS: Record<string, Words> = {
	id: { nb: 'id', nn: 'id' }, version: { nb: 'versjon', nn: 'versjon' }, status: { nb: 'status', nn: 'status' },
	municipality: { nb: 'Kommune', nn: 'Kommune' }, name: { nb: 'navn', nn: 'namn' }, number: { nb: 'kommunenummer', nn: 'kommunenummer' },
	title: { nb: 'tittel', nn: 'tittel' }, description: { nb: 'beskrivelse', nn: 'skildring' }, worryTerm: { nb: 'navnet på undringen', nn: 'namnet på undringa' },
	source: { nb: 'Kilde', nn: 'Kjelde' }, url: { nb: 'adresse', nn: 'adresse' }, publisher: { nb: 'utgiver', nn: 'utgivar' },
	read: { nb: 'hentet', nn: 'henta' }, language: { nb: 'språk', nn: 'språk' }, note: { nb: 'merknad', nn: 'merknad' },
	shape: { nb: 'form', nn: 'form' }, start: { nb: 'Startside', nn: 'Startside' }, label: { nb: 'etikett', nn: 'etikett' },
	intro: { nb: 'innledning', nn: 'innleiing' }, steps: { nb: 'trinn', nn: 'steg' }, alternativeTo: { nb: 'alternativ til', nn: 'alternativ til' },
	role: { nb: 'rolle', nn: 'rolle' }, phone: { nb: 'telefon', nn: 'telefon' }, email: { nb: 'e-post', nn: 'e-post' },
	hours: { nb: 'åpningstider', nn: 'opningstider' }, address: { nb: 'besøksadresse', nn: 'besøksadresse' },
	unpublished: { nb: 'ikke publisert', nn: 'ikkje publisert' }, when: { nb: 'når', nn: 'når' }, rule: { nb: 'regel', nn: 'regel' },
	period: { nb: 'lengde', nn: 'lengd' }, weeks: { nb: 'uker', nn: 'veker' }, days: { nb: 'dager', nn: 'dagar' }, from: { nb: 'regnes fra', nn: 'blir rekna frå' },
	step: { nb: 'trinn', nn: 'steg' }, todo: { nb: 'dette gjør du', nn: 'dette gjer du' }, notes: { nb: 'merknader', nn: 'merknader' },
	warnings: { nb: 'advarsler', nn: 'åtvaringar' }, deadlines: { nb: 'frister', nn: 'fristar' }, tools: { nb: 'hjelpemidler', nn: 'hjelpemiddel' },
	contacts: { nb: 'kontakter', nn: 'kontaktar' }, why: { nb: 'hvorfor', nn: 'kvifor' }, unfinished: { nb: 'uferdig', nn: 'uferdig' },
	serviceNotes: { nb: 'veiviserens merknader', nn: 'merknadene til vegvisaren' }, text: { nb: 'tekst', nn: 'tekst' }, checked: { nb: 'sjekket', nn: 'sjekka' },
	near: { nb: 'plassering', nn: 'plassering' }, question: { nb: 'spørsmål', nn: 'spørsmål' }, options: { nb: 'svar', nn: 'svar' },
	hint: { nb: 'hjelpetekst', nn: 'hjelpetekst' }, next: { nb: 'fører til', nn: 'fører til' }, effect: { nb: 'virket tiltakene', nn: 'verka tiltaka' },
	ending: { nb: 'slutt', nn: 'slutt' }, nb: { nb: 'bokmål', nn: 'bokmål' }, nn: { nb: 'nynorsk', nn: 'nynorsk' }
};

type Named = { id?: unknown; title?: { nb?: unknown }; name?: { nb?: unknown }; label?: { nb?: unknown } };
const nameOf = (item: Named | undefined) => {
	const text = [item?.title?.nb, item?.name?.nb, item?.label?.nb].find((t) => typeof t === 'string' && t.trim());
	return q(String(text ?? item?.id ?? '?'));
};

/** A node's name as lists show it (names.ts), or its id where the model is too broken to say more. */
function safeName(flow: unknown, node: Node, locale: Locale): string {
	try {
		return nodeName(flow as Flow, node, locale);
	} catch {
		return String(node.id ?? '?');
	}
}

/** What an item of each list is called, before its name: "Siden «Vurdering»". */
const ITEMS: Record<string, Words> = {
	nodes: { nb: 'Siden', nn: 'Sida' },
	levels: { nb: 'Nivået', nn: 'Nivået' },
	steps: { nb: 'trinnet', nn: 'steget' },
	contacts: { nb: 'Kontakten', nn: 'Kontakten' },
	tools: { nb: 'Hjelpemiddelet', nn: 'Hjelpemiddelet' },
	deadlines: { nb: 'Fristen', nn: 'Fristen' }
};

/** Where a JSON path points in a model, in words: "Siden «Vurdering», svar 2, fører til". */
export function placeText(flow: unknown, path: string, locale: Locale): string {
	const parts = pathParts(path);
	const words: string[] = [];
	let here: unknown = flow;
	for (let i = 0; i < parts.length; i++) {
		const [part, next] = [parts[i], parts[i + 1]];
		const item = typeof next === 'number' ? ((here as Record<string, unknown[]>)?.[part as string]?.[next] as Named | undefined) : undefined;
		// A node's contacts are references, not the table's: they are named like any other list's items.
		const kind = typeof next === 'number' && typeof part === 'string' && (part !== 'contacts' || i === 0) ? ITEMS[part] : undefined;
		if (kind) words.push(`${kind[locale]} ${part === 'nodes' && item ? q(safeName(flow, item as Node, locale)) : nameOf(item)}`);
		else if (part === 'options' && typeof next === 'number') words.push(`svar ${next + 1}`);
		else if (typeof next === 'number') words.push(`${FIELDS[part as string]?.[locale] ?? part} ${next + 1}`);
		else if (typeof part === 'string') words.push(FIELDS[part]?.[locale] ?? part);
		here = (here as Record<string | number, unknown> | undefined)?.[part];
		if (typeof next === 'number') {
			here = (here as unknown[] | undefined)?.[next];
			i++;
		}
	}
	const text = words.join(', ');
	return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'Modellen';
}

export interface StudioProblem extends Problem {
	text: string;
	place: string;
	/** The message had no Norwegian wording: it is shown as flows:check gives it. */
	english: boolean;
}

/** What an empty choice or id asks for, whatever the checker said about the empty text. */
const EMPTY: Record<string, Words> = {
	next: { nb: 'Velg hvilken side det fører til.', nn: 'Vel kva side det fører til.' },
	start: { nb: 'Velg hvilken side modellen begynner på.', nn: 'Vel kva side modellen byrjar på.' },
	step: { nb: 'Velg hvilket trinn siden hører til.', nn: 'Vel kva steg sida høyrer til.' },
	id: { nb: 'Id-en mangler.', nn: 'Id-en manglar.' }
};

const valueAt = (data: unknown, parts: (string | number)[]) =>
	parts.reduce<unknown>((here, part) => (typeof here === 'object' && here !== null ? (here as Record<string | number, unknown>)[part] : undefined), data);

export function studioProblems(flow: unknown, problems: Problem[], locale: Locale): StudioProblem[] {
	return problems.map((p) => {
		const parts = pathParts(p.path);
		const key = parts.at(-1);
		const empty = typeof key === 'string' && key in EMPTY && valueAt(flow, parts) === '';
		const { text, translated } = empty ? { text: EMPTY[key][locale], translated: true } : problemText(p.message, locale);
		return { ...p, text, place: placeText(flow, p.path, locale), english: !translated };
	});
}
