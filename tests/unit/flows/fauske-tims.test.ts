// Fauske kommune, TIMS-handlingssirkel (seed 000_a4c31b9c247018e3.txt): the flow keeps the seed's facts.
import { describe, it, expect } from 'vitest';
import { loadFlow, seedText, normalize, allText, stepTitles } from '../flow-helpers';
import type { Node, QuestionNode } from '../../../src/lib/flow/schema';

const flow = loadFlow('fauske-tims');
const seed = normalize(seedText(flow));
const nb = allText(flow, 'nb');
const byId = new Map(flow.nodes.map((n) => [n.id, n]));

function node(id: string): Node {
	const n = byId.get(id);
	if (!n) throw new Error(`no node ${id}`);
	return n;
}

function question(id: string): QuestionNode {
	const n = node(id);
	if (n.kind !== 'question') throw new Error(`${id} is not a question`);
	return n;
}

/** The fact is quoted from the seed, and the flow (bokmål, the source language) contains it. */
function expectFact(fact: string) {
	expect(seed, `seed lacks "${fact}"`).toContain(normalize(fact));
	expect(nb, `flow lacks "${fact}"`).toContain(normalize(fact));
}

describe('fauske-tims flow', () => {
	it('is the Fauske TIMS circle in bokmål', () => {
		expect(flow.source.language).toBe('nb');
		expect(flow.shape).toBe('circle');
		expect(flow.municipality?.name.nb).toBe('Fauske kommune');
		expect(flow.municipality?.number).toBe('1841');
		expect(flow.source.url).toBe('https://www.fauske.kommune.no/tims-handlingssirkel.5937896-373114.html');
		expect(flow.source.publisher).toBe('Fauske kommune');
		expectFact('TIMS-handlingssirkel');
		expectFact('Fauske kommune');
		expect(flow.start).toBe('trinn-1-undring');
	});

	it('has one level with the seven steps in order', () => {
		expect(flow.levels).toHaveLength(1);
		expect(flow.levels[0].label).toBeUndefined();
		expect(flow.levels[0].title.nb).toBe('TIMS-handlingssirkel');
		const titles = [
			'Undring oppstår',
			'Skaff oversikt',
			'Sikre dialog med barnet', // the seed's "barnet foreldre" is read as "barnets foreldre"
			'Konkretiser enkle, målbare mål. Sett opp tidsramme.',
			'Gjennomfør tiltak/innsats',
			'Evaluer effekt',
			'Evaluering'
		];
		const actual = stepTitles(flow, 'nb');
		expect(actual).toHaveLength(7);
		titles.forEach((title, i) => {
			expect(seed).toContain(normalize(title));
			expect(normalize(actual[i])).toContain(normalize(title));
		});
		expect(flow.levels[0].steps.map((s) => s.label?.nb)).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `Trinn ${i}`));
		for (let i = 1; i <= 7; i++) expect(seed).toContain(`trinn ${i}:`);
	});

	it('opens with the question "undrer jeg meg, eller bekymrer jeg meg?" at Trinn 1; each answer leads to its own guidance', () => {
		const q = question('trinn-1-undring');
		expect(q.step).toBe('trinn-1');
		expectFact('undrer jeg meg, eller bekymrer jeg meg?');
		expect(normalize(q.question.nb)).toContain(normalize('undrer jeg meg, eller bekymrer jeg meg?'));
		expect(q.options.map((o) => [o.id, o.next])).toEqual([
			['undrer', 'trinn-1-undrer'],
			['bekymrer', 'trinn-1-bekymrer']
		]);
		// Undring: open curiosity that can easily be shared with the parents, with the seed's examples.
		const undrer = node('trinn-1-undrer');
		expect(undrer.kind === 'step' && [undrer.step, undrer.next]).toEqual(['trinn-1', 'trinn-2']);
		expect(normalize(JSON.stringify(undrer))).toContain(normalize('åpen nysgjerrighet som i utgangspunktet lett lar seg dele med barnets foreldre'));
		expect(undrer.todo?.map((t) => t.nb)).toEqual(['Jeg lurer på hva det er som gjør at…?', 'Har dere lurt på hvorfor…?', 'Mon tro om…? Kan det tenkes at…?']);
		// Bekymring: finding it hard to raise with the parents is reason enough to act; TIMS-teamet is the low-threshold help.
		const bekymrer = node('trinn-1-bekymrer');
		expect(bekymrer.kind === 'step' && [bekymrer.step, bekymrer.next]).toEqual(['trinn-1', 'trinn-2']);
		const worried = normalize(JSON.stringify(bekymrer));
		expect(worried).toContain(normalize('Er jeg i grunnen bekymret?'));
		expect(worried).toContain(normalize('Det alene er grunn nok til å handle'));
		expect(bekymrer.contacts?.map((c) => c.id)).toEqual(['tims-teamet']);
		expect(worried).toContain(normalize('TIMS-teamet er et lavterskeltilbud'));
		expect(worried).not.toBe(normalize(JSON.stringify(undrer)));
		for (const fact of [
			'Undring kan defineres som åpen nysgjerrighet som i utgangspunktet lett lar seg dele med barnets foreldre',
			'Jeg lurer på hva det er som gjør at…?',
			'Har dere lurt på hvorfor…?',
			'Mon tro om…? Kan det tenkes at…?',
			'Er jeg i grunnen bekymret? Har jeg tanker og ideer om hvorfor ting er slik de er?',
			'vanskelig å ta dette «noe» opp med foreldrene',
			'Det alene er grunn nok til å handle',
			'Er du usikker på hvem det blir rett å kontakte, så be om assistanse fra TIMS-teamet.'
		])
			expectFact(fact);
	});

	it('keeps the checklists of Trinn 2 to 5', () => {
		for (const fact of [
			'Hva vet jeg – hva antar jeg?',
			'Hvem andre har sett/hørt/tenkt…?',
			'I hvilke situasjoner oppstår dette?',
			'Hvor hyppig?',
			'Tidslinje, sammenheng?',
			'Har andre tatt tak i dette?',
			'barn flest har to foreldre. Å opprette dialog med kun den ene forelderen er ikke (alltid) nok.',
			'i verste fall – et feilaktig bilde',
			'La terskelen for å ta kontakt med heimen være lav.',
			'Å samle opp undringer/bekymringer til neste planlagte kontaktpunkt kan være sløsing av dyrebar tid.',
			'Husk å oppdatere foreldrene på endringer som finner sted hos/rundt barnet',
			'Vis interesse for barnets hjemmearena og fritid; det meste henger i hop.',
			'Hva skal vi ha som mål for perioden fremover for å finne ut av barnets situasjon?',
			'Skal det gjøres observasjoner/kartlegginger?',
			'Skal foreldrene forsøke å justere noe på hjemmebane?',
			'Skal det holdes tettere kontakt i en periode framover?',
			'Sett dato for evaluering.',
			'Følg opp avtalte oppgaver innenfor tidsrammen.'
		])
			expectFact(fact);
	});

	it('has no deadlines: the seed gives none with a period ("Sett dato for evaluering" is a todo)', () => {
		expect(flow.deadlines).toEqual([]);
		const trinn4 = node('trinn-4');
		expect(trinn4.kind).toBe('step');
		expect(trinn4.todo?.map((t) => t.nb)).toContain('Sett dato for evaluering.');
	});

	it('names the two tools of Trinn 4 with the seed\'s words', () => {
		expect(flow.tools.map((t) => t.name.nb)).toEqual(['Samhandlingsplan/tiltaksplan', 'Stafettloggen']);
		expect(flow.tools.every((t) => t.url === undefined)).toBe(true);
		expect(node('trinn-4').tools).toEqual(['samhandlingsplan-tiltaksplan', 'stafettloggen']);
		for (const fact of [
			'Samhandlingsplan/tiltaksplan',
			'Hvilke endringer ønskes for barnet/familien eller barnets/familiens situasjon? Fordel oppgaver.',
			'Stafettloggen',
			'Er det behov for at flere samarbeider/samhandler, så kan stafettloggen være et nyttig verktøy.'
		])
			expectFact(fact);
	});

	it('Trinn 6: yes goes on to Trinn 7; no lets one adjust the measures at Trinn 4 or go on to Trinn 7', () => {
		const q = question('trinn-6-effekt');
		expect(q.step).toBe('trinn-6');
		expectFact('Fungerer det vi gjør – har det noe effekt?');
		expect(normalize(q.question.nb)).toBe(normalize('Fungerer det vi gjør – har det noe effekt?'));
		expect(q.options.map((o) => [o.id, o.next, o.effect])).toEqual([
			['ja', 'trinn-6-ja', 'worked'],
			['nei', 'trinn-6-nei', 'not-worked']
		]);
		const ja = node('trinn-6-ja');
		expect(ja.kind === 'step' && ja.next).toBe('trinn-7-maloppnaelse');
		// The seed draws 6 → 7 as a sequence: after "nei" both ways are open.
		const nei = question('trinn-6-nei');
		expect(nei.step).toBe('trinn-6');
		expect(nei.options.map((o) => o.next)).toEqual(['trinn-4', 'trinn-7-maloppnaelse']);
		expect(nei.notes?.map((n) => n.nb)).toContain('Husk: Ikke gjør mer av det som ikke fungerer!');
		for (const fact of [
			'hva må til for å opprettholde de endringer vi har gjort?',
			'hvorfor ikke?',
			'Hva må vi gjøre annerledes?',
			'Ikke gjør mer av det som ikke fungerer!'
		])
			expectFact(fact);
	});

	it('Trinn 7: yes keeps the success factors, no asks what I must do; both end at "Sjekk ut magefølelsen din"', () => {
		const q = question('trinn-7-maloppnaelse');
		expect(q.step).toBe('trinn-7');
		expectFact('Har vi oppnådd det vi har satt oss som mål?');
		expect(q.options.map((o) => [o.id, o.next, o.effect])).toEqual([
			['ja', 'malet-er-oppnadd', 'worked'],
			['nei', 'trinn-7-nei', 'not-worked']
		]);
		const ja = node('malet-er-oppnadd');
		expect(ja.kind === 'step' && ja.next).toBe('sjekk-ut-magefolelsen');
		expect(ja.todo?.map((t) => t.nb)).toContain('Dokumenter prosessen.');
		const nei = node('trinn-7-nei');
		expect(nei.kind === 'step' && nei.next).toBe('sjekk-ut-magefolelsen');
		expect(nei.todo?.map((t) => t.nb)).toContain('Dokumenter prosessen.');
		for (const fact of [
			'hva var det som utgjorde suksess-faktorene?',
			'Hvilke erfaringer kan jeg ta med meg videre?',
			'Dokumenter prosessen.',
			'Hva nå? Hva må JEG gjøre for å sikre barnet videre hjelp?'
		])
			expectFact(fact);
	});

	it('the closing outcome gives the seed\'s contacts, TIMS-teamet as the low-threshold offer', () => {
		const end = node('sjekk-ut-magefolelsen');
		expect(end.kind).toBe('outcome');
		expect(end.kind === 'outcome' && normalize(end.title.nb)).toBe(normalize('Sjekk ut magefølelsen din'));
		expectFact('Sjekk ut magefølelsen din');
		expect(end.contacts?.map((c) => c.id)).toEqual(['helsesoster', 'ppt', 'barneverntjenesten', 'tims-teamet']);
		expect(flow.contacts.map((c) => c.name.nb)).toEqual(['Helsesøster', 'PPT', 'Barneverntjenesten', 'TIMS-teamet']);
		expect(flow.contacts.every((c) => !c.phone && !c.email && !c.url)).toBe(true);
		for (const fact of [
			'helsesøster',
			'PPT',
			'barneverntjeneste',
			'TIMS-teamet',
			'Om du tenker barnet eller barnets familie fortsatt ikke har fått nødvendig hjelp og støtte',
			'be om bistand fra ulike støttetjenester i kommunen',
			'Er du usikker på hvem det blir rett å kontakte, så be om assistanse fra TIMS-teamet.',
			'TIMS-teamet er et lavterskeltilbud',
			'kan kontaktes direkte eller gjennom (skole-)helsesøster'
		])
			expectFact(fact);
	});

	it('ends at the seed\'s closing point, "Sjekk ut magefølelsen din", reachable from the start', () => {
		const outcomes = flow.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id);
		expect(outcomes).toEqual(['sjekk-ut-magefolelsen']);
		const seen = new Set<string>();
		const queue = [flow.start];
		while (queue.length) {
			const id = queue.pop()!;
			if (seen.has(id)) continue;
			seen.add(id);
			const n = node(id);
			if (n.kind === 'step') queue.push(n.next);
			if (n.kind === 'question') queue.push(...n.options.map((o) => o.next));
		}
		for (const id of outcomes) expect(seen.has(id), id).toBe(true);
		expect(seen.size).toBe(flow.nodes.length);
	});

	it('walks the circle in order: Trinn 1 → 2 → 3 → 4 → 5 → 6', () => {
		const path: string[] = [];
		let id = 'trinn-2';
		while (true) {
			const n = node(id);
			path.push(n.step!);
			if (n.kind !== 'step') break;
			id = n.next;
		}
		expect(path).toEqual(['trinn-2', 'trinn-3', 'trinn-4', 'trinn-5', 'trinn-6']);
	});

	it('has nynorsk text everywhere', () => {
		const nn = allText(flow, 'nn');
		expect(nn).toContain(normalize('Sjekk ut magekjensla di'));
		expect(nn).not.toContain('ikke ');
	});
});
