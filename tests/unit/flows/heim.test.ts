// Heim kommune, BTI-veileder nivå 0 (seed 003): the key facts of the seed must be in the flow.
import { describe, it, expect } from 'vitest';
import { allText, loadFlow, normalize, seedText, stepTitles } from '../flow-helpers';
import { successors } from '../../../src/lib/flow/validate';
import type { Node, QuestionNode } from '../../../src/lib/flow/schema';

const flow = loadFlow('heim');
const seed = normalize(seedText(flow));
const nb = allText(flow, 'nb');
const node = (id: string): Node => {
	const found = flow.nodes.find((n) => n.id === id);
	if (!found) throw new Error(`no node ${id}`);
	return found;
};

/** Asserts that a literal is quoted from the seed and appears in the flow's bokmål text. */
function expectFact(fact: string) {
	expect(seed, `seed contains "${fact}"`).toContain(normalize(fact));
	expect(nb, `flow contains "${fact}"`).toContain(normalize(fact));
}

describe('heim: source', () => {
	it('is the Heim seed in bokmål, shaped as levels', () => {
		expect(flow.source.url).toBe('https://www.heim.kommune.no/nivaa-0-avklaring-av-bekymringen-for-et-barn.602086.no.html');
		expect(flow.source.publisher).toBe('Heim kommune');
		expect(flow.source.language).toBe('nb');
		expect(flow.shape).toBe('levels');
		expect(flow.municipality?.name.nb).toBe('Heim kommune');
		expect(flow.municipality?.number).toBe('5055');
		expect(seed).toContain(normalize('Heim kommune'));
		expect(flow.version).toBe('1.1.0');
	});
});

describe('heim: levels and steps', () => {
	const titles = [
		'Definere bekymringen din',
		'Del bekymringen med en kollega/lederen din',
		'Del bekymringen med foresatte/barnet/ungdommen',
		'Grunn til videre oppfølging?',
		'Avslutt saken'
	];

	it('has one level, Nivå 0, with Steg 1–5 in the seed order', () => {
		expect(flow.levels).toHaveLength(1);
		expect(flow.levels[0].label?.nb).toBe('Nivå 0');
		expect(flow.levels[0].steps).toHaveLength(5);
		expect(flow.levels[0].steps.map((s) => s.label?.nb)).toEqual(['Steg 1', 'Steg 2', 'Steg 3', 'Steg 4', 'Steg 5']);
		for (const t of titles) expect(seed).toContain(normalize(t));
		expect(stepTitles(flow, 'nb')).toEqual(titles);
	});

	it('starts at Steg 1 and walks Steg 1 → 2 → 3 → the Steg 4 question', () => {
		expect(flow.start).toBe('steg-1');
		expect(node('steg-1')).toMatchObject({ kind: 'step', step: 'steg-1', next: 'steg-2' });
		expect(node('steg-2')).toMatchObject({ kind: 'step', step: 'steg-2', next: 'steg-3' });
		expect(node('steg-3')).toMatchObject({ kind: 'step', step: 'steg-3', next: 'grunn-til-oppfolging' });
	});
});

describe('heim: step content', () => {
	it('Steg 1: put the worry into words, with KTI-verktøy (no links)', () => {
		expectFact('må du prøve å sette ord på bekymringen du kjenner');
		expectFact('vage, diffuse og vanskelige å tyde');
		expectFact('sirkle inn og avklare bekymringen din');
		expectFact('KTI-verktøy');
		expect(node('steg-1').tools).toEqual(['kti-verktoy']);
	});

	it('Steg 2: share with the nearest leader and decide who contacts the parents', () => {
		expectFact('med nærmeste leder');
		expectFact('Dersom saken skal tas videre, avgjør hvem som tar kontakt med foresatte');
	});

	it('Steg 3: conversation with the conversation guides and the NB! on the child’s right to be heard', () => {
		expectFact('Inviter og gjennomfør en samtale med foresatte/barnet');
		expectFact('Til dette møtet benytter du samtaleveilederne for barn og foreldre');
		expectFact('samtaleveilederne for barn og foreldre');
		expectFact('NB! Barnet har rett til å si sin mening i alt som angår det, og barnet sine meninger skal vektlegges');
		expect(node('steg-3').tools).toEqual(['samtaleveiledere']);
	});
});

describe('heim: deadlines', () => {
	it('§9a-sak: senest innen 1 uke, from the worry', () => {
		expectFact('gjelder dette en elev sitt fysiske og psykiske skolemiljø');
		expectFact('§9a-sak');
		expectFact('senest innen 1 uke');
		const d = flow.deadlines.find((x) => x.id === 'frist-9a');
		expect(d?.period).toEqual({ weeks: 1 });
		expect(d?.from).toBe('worry');
		expect(normalize(d!.rule.nb)).toBe(normalize('senest innen 1 uke'));
	});

	it('otherwise: innen 4 uker etter bekymringen har oppstått, from the worry', () => {
		expect(seed).toContain(normalize('ellers innen 4 uker etter bekymringen har oppstått'));
		expectFact('innen 4 uker etter bekymringen har oppstått');
		const d = flow.deadlines.find((x) => x.id === 'frist-4-uker');
		expect(d?.period).toEqual({ weeks: 4 });
		expect(d?.from).toBe('worry');
		expect(normalize(d!.when!.nb)).toContain('ellers');
	});

	it('calls the day deadlines count from "bekymringen", as the seed does', () => {
		expectFact('etter bekymringen har oppstått');
		expect(flow.worryTerm).toEqual({ nb: 'bekymringen', nn: 'bekymringa' });
	});

	it('both deadlines are on Steg 3 and there are no others', () => {
		expect(flow.deadlines).toHaveLength(2);
		expect(node('steg-3').deadlines).toEqual(['frist-9a', 'frist-4-uker']);
	});
});

describe('heim: Steg 4 decision and outcomes', () => {
	const q = node('grunn-til-oppfolging') as QuestionNode;

	it('asks "Grunn til videre oppfølging?" as an explicit question with the three alternatives', () => {
		expect(q.kind).toBe('question');
		expect(q.step).toBe('steg-4');
		// The seed's heading "Grunn til videre oppfølging?" asked as a full question.
		expect(q.question.nb).toBe('Er det grunn til videre oppfølging?');
		expectFact('Grunn til videre oppfølging?');
		expect(q.options.map((o) => [o.id, o.next])).toEqual([
			['tiltak', 'niva-1'],
			['ikke-nodvendig', 'avslutt-saken'],
			['ekstern-hjelp', 'niva-2']
		]);
		expectFact('behov for å sette i gang tiltak');
		expectFact('nødvendig å sette inn tiltak');
		expectFact('hente inn ekstern hjelp utenfor aktuell tjeneste');
	});

	it('tiltak → nivå 1 in the guide (not on this page)', () => {
		const o = node('niva-1');
		expect(o.kind).toBe('outcome');
		expectFact('gå videre til nivå 1 i veilederen');
		expect(o.kind === 'outcome' && o.ending).toBe('onward');
		// That nivå 1 is not on this page is the service's remark, so it is a service note, not the seed's words.
		expect(normalize(JSON.stringify(o.serviceNotes))).toContain(normalize('nivå 1 i veilederen er ikke en del av kommunens side'));
		expect(o.notes).toBeUndefined();
	});

	it('ekstern hjelp → nivå 2 in the guide, with the coordinator and BUT', () => {
		const o = node('niva-2');
		expect(o.kind).toBe('outcome');
		expectFact('gå til nivå 2 i veilederen');
		// The seed's typo "vidare" is corrected to bokmål "videre" in the flow.
		expectFact('Avgjør hvem som skal være ansvarlig for det');
		expectFact('arbeidet (koordinator)');
		expect(seed).toContain(normalize('Avgjør hvem som skal være ansvarlig for det vidare arbeidet (koordinator).'));
		expect(o.todo?.map((t) => t.nb)).toContain('Avgjør hvem som skal være ansvarlig for det videre arbeidet (koordinator).');
		expect(o.kind === 'outcome' && o.ending).toBe('onward');
		expect(normalize(JSON.stringify(o.serviceNotes))).toContain(normalize('nivå 2 i veilederen er ikke en del av kommunens side'));
		expect(o.notes?.map((n) => n.nb)).toEqual(['Husk samtykke for deling av opplysninger.']);
	});

	it('no need → Steg 5 Avslutt saken, the closing outcome with its text', () => {
		const o = node('avslutt-saken');
		expect(o).toMatchObject({ kind: 'outcome', step: 'steg-5' });
		expect(o.kind === 'outcome' && o.title.nb).toBe('Avslutt saken');
		expectFact('Dersom det ikke er grunnlag for videre oppfølging, avsluttes saken');
		expectFact('Takk de involverte for godt samarbeid');
		expectFact(
			'Minn foresatte/barnet/ungdommen om at de er velkommen til å be om hjelp dersom det skulle oppstå nye utfordringer på et seinere tidspunkt'
		);
	});

	it('has exactly these three outcomes, all reachable from the start', () => {
		const outcomes = flow.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id);
		expect(outcomes.sort()).toEqual(['avslutt-saken', 'niva-1', 'niva-2']);
		const byId = new Map(flow.nodes.map((n) => [n.id, n]));
		const seen = new Set<string>();
		const queue = [flow.start];
		while (queue.length) {
			const id = queue.pop()!;
			if (seen.has(id)) continue;
			seen.add(id);
			queue.push(...successors(byId.get(id)!));
		}
		for (const id of outcomes) expect(seen.has(id), `${id} reachable`).toBe(true);
		expect(seen.size).toBe(flow.nodes.length);
	});
});

describe('heim: Barne- og ungdomsteam (BUT)', () => {
	const but = flow.contacts.find((c) => c.id === 'but')!;

	it('is the only contact, with its composition, meetings, when and how to contact, and no phone or links', () => {
		expect(flow.contacts).toHaveLength(1);
		expectFact('Barne- og ungdomsteam (BUT) i Heim kommune');
		expectFact('tverrfaglige drøftinger av problemstillinger som angår barn, unge og deres familier');
		expectFact('faste deltakere fra helsestasjonen, barnevernstjenesten, PPT og psykisk helse og rus');
		expectFact('annenhver uke');
		expectFact('sammensatte og kompliserte problemstillinger');
		expectFact('plutselig nyoppstått og/eller alvorlig bekymring');
		expectFact('Det skal være lav terskel for å ta kontakt');
		expectFact('ta kontakt via en av de overnevnte tjenestene');
		expect(but.phone).toBeUndefined();
		expect(but.email).toBeUndefined();
		expect(but.url).toBeUndefined();
		// The only address is the municipality's own page the model was read from.
		expect(JSON.stringify({ ...flow, source: undefined })).not.toMatch(/https?:\/\//);
	});

	it('is on Steg 1 and the nivå 2 outcome, where information leaves the unit, each with the consent reminder', () => {
		expectFact('Husk samtykke for deling av opplysninger');
		const withBut = flow.nodes.filter((n) => n.contacts?.some((c) => c.id === 'but')).map((n) => n.id);
		expect(withBut).toEqual(['steg-1', 'niva-2']);
		for (const id of withBut) {
			const n = node(id);
			const ref = n.contacts!.find((c) => c.id === 'but')!;
			expect(ref.why?.nb, `${id} why`).toBeTruthy();
			const text = normalize(JSON.stringify([ref.why, n.notes]));
			expect(text, `${id} consent`).toContain(normalize('Husk samtykke for deling av opplysninger.'));
		}
	});

	it('is not where one tells the own leader (Steg 2), and no consent reminder is there', () => {
		const steg2 = node('steg-2');
		expect(steg2.contacts).toBeUndefined();
		expect(normalize(JSON.stringify(steg2))).not.toContain('samtykke');
	});

	it('is not offered as the contact for an acute or serious worry, and its meetings are not opening hours', () => {
		// The seed's words stay in the team's description; no "why" singles them out as the reason to call.
		expect(normalize(but.role!.nb)).toContain(normalize('plutselig nyoppstått og/eller alvorlig bekymring'));
		for (const n of flow.nodes)
			for (const ref of n.contacts ?? []) expect(normalize(ref.why?.nb ?? ''), n.id).not.toContain('alvorlig bekymring');
		expect(but.hours).toBeUndefined();
		expect(normalize(but.role!.nb)).toContain(normalize('Teamet har faste møtetidspunkt annenhver uke'));
		// Beside BUT the service says, dated, that it meets every other week: call 112 or barnevernet when it is urgent.
		for (const id of ['steg-1', 'niva-2']) {
			const notes = (node(id).serviceNotes ?? []).filter((x) => typeof x !== 'string');
			expect(notes.some((x) => x.near === 'contacts' && /annenhver uke/.test(x.text.nb) && /112/.test(x.text.nb) && /barnevernet/.test(x.text.nb)), id).toBe(true);
		}
	});
});

describe('heim: tools', () => {
	it('has exactly the two tools the seed names, without links', () => {
		expect(flow.tools.map((t) => t.name.nb)).toEqual(['KTI-verktøy', 'Samtaleveilederne for barn og foreldre']);
		for (const t of flow.tools) {
			expect(seed).toContain(normalize(t.name.nb));
			expect(t.url).toBeUndefined();
		}
	});
});
