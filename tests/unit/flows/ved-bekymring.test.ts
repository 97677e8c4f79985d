// Checks the flow "ved-bekymring" against its seed (002_6a01ea2d26c6b52a.txt, nynorsk).
import { describe, it, expect } from 'vitest';
import { loadFlow, seedText, normalize, allText, stepTitles } from '../flow-helpers';
import { successors } from '../../../src/lib/flow/validate';
import type { Node, QuestionNode } from '../../../src/lib/flow/schema';

const flow = loadFlow('ved-bekymring');
const seed = normalize(seedText(flow));
const text = allText(flow, 'nn');
const node = (id: string): Node => {
	const n = flow.nodes.find((x) => x.id === id);
	if (!n) throw new Error(`no node ${id}`);
	return n;
};
const question = (id: string): QuestionNode => {
	const n = node(id);
	if (n.kind !== 'question') throw new Error(`${id} is not a question`);
	return n;
};
const targets = (id: string) => Object.fromEntries(question(id).options.map((o) => [o.id, o.next]));

/** A literal from the seed: it must be in the seed (the test invents nothing) and in the flow. */
function fact(literal: string) {
	expect(seed, 'seed').toContain(normalize(literal));
	expect(text, 'flow').toContain(normalize(literal));
}

describe('ved-bekymring: source', () => {
	it('is the nynorsk seed without a named municipality', () => {
		expect(flow.source.language).toBe('nn');
		// The page does not name its municipality; its address is Voss herad's site.
		expect(flow.municipality).toBeNull();
		expect(flow.source.url).toBe('https://www.vossherad.no/helsevoss/ved-bekymring-for-eit-barn');
		expect(flow.source.publisher).toBe('Voss herad');
		expect(flow.shape).toBe('branches');
		expect(flow.version).toBe('1.1.0');
	});

	it('has the title, the heading and the goals (on the first page)', () => {
		fact('Ved bekymring for eit barn');
		fact('Korleis vi skal arbeide med barn «vi lurer på»');
		const goals = [
			'Arbeidet skal bidra til å gje born trygg oppvekst',
			'Arbeidet skal bidra til at born og foreldre/føresette har ei positiv oppleving av møte med kommunen.'
		];
		const start = node(flow.start);
		const intro = normalize((start.intro ?? []).map((p) => p.nn).join('\n'));
		for (const goal of goals) {
			fact(goal);
			expect(intro).toContain(normalize(goal));
		}
		expect(intro).toContain('mål:');
	});
});

describe('ved-bekymring: levels and steps', () => {
	const titles = [
		'Vi startar alltid med kva vi kan gjera innafor eiga verksemd',
		'Vi startar alltid med eit samarbeid med den andre føresette eller andre ressurspersonar rundt barnet',
		'Føresette fungerer tilfredsstillande i foreldrerolla og barnet sine behov vert ivareteke på ein god nok måte',
		'Vidare samarbeid når føresette ikkje klarar å ivareta barnet sine behov',
		'Samarbeidet har ikkje ført til at den vaksne ivaretek barnet sitt betre og barnet har ikkje fått det betre',
		'Samarbeidet har ikkje ført til at den vaksne ivaretek barnet sitt betre og barnet har ikkje fått det betre',
		'Dei føresette samtykkjer til å søkja hjelp frå andre fagpersonar',
		'Foreldre/føresette samtykkjer ikkje til å søkja hjelp frå andre fagpersonar'
	];

	it('has four levels of two paired steps each, labelled as in the seed', () => {
		expect(flow.levels.map((l) => l.steps.length)).toEqual([2, 2, 2, 2]);
		const labels = flow.levels.flatMap((l) => l.steps.map((s) => s.label?.nn));
		expect(labels).toEqual(['1a', '1B', '2a', '2B', '3a', '3B', '4a', '4B']);
		for (const label of labels) expect(seed).toContain(normalize(label!));
	});

	it('has 2B, 3B and 4B as alternatives to 2a, 3a and 4a; 1a and 1B come one after the other', () => {
		expect(flow.levels.map((l) => l.steps.map((s) => s.alternativeTo ?? null))).toEqual([
			[null, null],
			[null, '2a'],
			[null, '3a'],
			[null, '4a']
		]);
	});

	it('has the step titles in the seed order', () => {
		for (const title of titles) expect(seed).toContain(normalize(title));
		expect(stepTitles(flow, 'nn').map(normalize)).toEqual(titles.map(normalize));
	});

	it('keeps the bullets of each step', () => {
		[
			'Skaffa ein heilskapleg oversikt gjennom informasjon om/observasjon av barnet.',
			'Utarbeida enkle målbare mål med klare tidsavgrensingar.',
			'Visa at vi bryr oss om barnet/ungdomen – skapa gode relasjonar.',
			'Evaluera om barnet/ungdomen nyt godt av våre tiltak eller ikkje.',
			'Dette vert gjort med ein kort, planlagt samtale.',
			'Det betyr at det ikkje går lang tid frå bekymring oppstår til foreldre/føresette vert involvert.',
			'Hugseregel: Foreldre/føresette har rett til å vita!',
			'Dokumentera starten på samarbeidet med foreldre/føresette ved å skriva eit notat frå samtalen med dato og underskrift.',
			'Vi held fokus på familien og barnet i kontakten med den føresette for å forsikra oss om at den positive utviklinga fortset.',
			'Fokus er kva treng barnet, kva treng føresette for å ivareta barnet sitt. (Nettverksmøte)',
			'Det vert utarbeida skriftleg informasjon frå møtet, med konklusjon og tydeleg avklaring i høve til kven som skal gjera kva, og når evaluering skal skje.',
			'Ein – eller fleire – oppfølgings-samtalar vert gjennomført. Det vert skrive referat frå samtalane.',
			'Her kjem vi ikkje lenger. Barnet har ikkje fått det betre gjennom samarbeidet så langt. Kva alternativ fins for vidare arbeid?',
			'Vi held kontakt med dei føresette for å forsikra oss om at den positive utviklinga fortset.'
		].forEach(fact);
	});

	it('gives 3a and 3B the same bullets, the list of services and the tools', () => {
		const bullets = [
			'Det vert semje om eit samarbeid med helsestasjon, PPT, barnevern, BUP, barnet sin fastlege, NAV, skule, barnehage eller andre fagpersonar.',
			'Hugs underskrift frå føresette på vårt felles samtykkjeskjema.',
			'Tilbod om IP gjevast.'
		];
		for (const id of ['3a-ikkje-betre', '3b-ikkje-betre']) {
			const n = node(id);
			const todo = normalize((n.todo ?? []).map((p) => p.nn).join('\n'));
			expect(todo).toContain(normalize('Vi stoppar opp og tenkjer høgt saman med foreldre/føresette'));
			for (const b of bullets) {
				expect(seed).toContain(normalize(b));
				expect(todo).toContain(normalize(b));
			}
			expect(n.tools).toEqual(['samtykkjeskjema', 'ip']);
		}
		expect(node('3a-ikkje-betre').todo).toEqual(node('3b-ikkje-betre').todo);
	});
});

describe('ved-bekymring: decisions', () => {
	it('starts with 1a, then always 1B', () => {
		expect(flow.start).toBe('1a-eiga-verksemd');
		expect(node('1a-eiga-verksemd').step).toBe('1a');
		expect(successors(node('1a-eiga-verksemd'))).toEqual(['1b-samarbeid']);
		expect(node('1b-samarbeid').step).toBe('1b');
		expect(successors(node('1b-samarbeid'))).toEqual(['fungerer-foresette']);
	});

	it('asks whether the parents cope: yes → 2a, no → 2B', () => {
		expect(targets('fungerer-foresette')).toEqual({ ja: '2a-foresette-fungerer', nei: '2b-vidare-samarbeid' });
		expect(node('2a-foresette-fungerer').step).toBe('2a');
		expect(node('2b-vidare-samarbeid').step).toBe('2b');
	});

	it('from 2a: development continues → outcome, otherwise → 3a', () => {
		expect(successors(node('2a-foresette-fungerer'))).toEqual(['2a-utviklinga']);
		expect(targets('2a-utviklinga')).toEqual({ ja: 'positiv-utvikling', nei: '3a-ikkje-betre' });
		expect(question('2a-utviklinga').options.map((o) => o.effect)).toEqual(['worked', 'not-worked']);
		expect(node('positiv-utvikling')).toMatchObject({ kind: 'outcome', ending: 'resolved' });
	});

	it('from 2B: cooperation helped → 2a, otherwise → 3B', () => {
		expect(successors(node('2b-vidare-samarbeid'))).toEqual(['2b-har-samarbeidet-hjelpt']);
		expect(targets('2b-har-samarbeidet-hjelpt')).toEqual({ ja: '2a-foresette-fungerer', nei: '3b-ikkje-betre' });
		expect(question('2b-har-samarbeidet-hjelpt').options.map((o) => o.effect)).toEqual(['worked', 'not-worked']);
	});

	it('from 3a and 3B asks for consent: yes → 4a, no → 4B', () => {
		expect(successors(node('3a-ikkje-betre'))).toEqual(['3a-samtykke']);
		expect(successors(node('3b-ikkje-betre'))).toEqual(['3b-samtykke']);
		for (const id of ['3a-samtykke', '3b-samtykke'])
			expect(targets(id)).toEqual({ ja: '4a-samtykkjer', nei: '4b-bekymringsmelding' });
		expect(question('3a-samtykke').step).toBe('3a');
		expect(question('3b-samtykke').step).toBe('3b');
	});
});

describe('ved-bekymring: outcomes, contacts, tools, deadlines', () => {
	it('4a is an outcome: keep in contact with the parents', () => {
		const n = node('4a-samtykkjer');
		expect(n.kind).toBe('outcome');
		expect(n.step).toBe('4a');
		expect(n.kind === 'outcome' && n.ending).toBe('onward');
		fact('Dei føresette samtykkjer til å søkja hjelp frå andre fagpersonar');
	});

	it('4B is an outcome: bekymringsmelding to barneverntenesta, with the meldeplikt', () => {
		const n = node('4b-bekymringsmelding');
		expect(n.kind).toBe('outcome');
		expect(n.step).toBe('4b');
		fact('Bekymringsmelding vert sendt til barneverntenesta.');
		const meldeplikt = 'Alle offentlege tilsette har meldeplikt ved bekymring for barn sin omsorgssituasjon.';
		fact(meldeplikt);
		expect(normalize([...(n.notes ?? []), ...(n.warnings ?? [])].map((p) => p.nn).join('\n'))).toContain(
			normalize(meldeplikt)
		);
		expect(n.contacts?.map((c) => c.id)).toEqual(['barneverntenesta']);
		// A report of concern is not a happy ending; the service says who sends it and how to reach help.
		expect(n.kind === 'outcome' && n.ending).toBe('report');
		expect(n.serviceNotes?.[0]).toBe('reporting-duty');
		const [own] = (n.serviceNotes ?? []).filter((x) => typeof x !== 'string');
		expect(own.text.nn).toMatch(/^Kven sender meldinga: Du som er bekymra, har sjølv plikt/);
		expect(own.text.nb).toContain('ring 112');
		expect(own.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('has only barneverntenesta as a contact, without phone, e-mail or url', () => {
		expect(flow.contacts.map((c) => c.id)).toEqual(['barneverntenesta']);
		expect(seed).toContain(normalize(flow.contacts[0].name.nn));
		for (const c of flow.contacts) {
			expect(c.phone).toBeUndefined();
			expect(c.email).toBeUndefined();
			expect(c.url).toBeUndefined();
		}
	});

	it('has the tools the seed names, without urls', () => {
		fact('vårt felles samtykkjeskjema');
		expect(flow.tools.map((t) => t.id)).toEqual(['samtykkjeskjema', 'ip']);
		expect(seed).toContain(normalize('Tilbod om IP'));
		for (const t of flow.tools) expect(t.url).toBeUndefined();
	});

	it('has no deadlines (the seed gives none)', () => {
		expect(flow.deadlines).toEqual([]);
		expect(flow.nodes.every((n) => n.deadlines === undefined)).toBe(true);
	});

	it('reaches every outcome from the start, and the outcomes are exactly these', () => {
		const outcomes = flow.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id);
		expect(outcomes.sort()).toEqual(['4a-samtykkjer', '4b-bekymringsmelding', 'positiv-utvikling']);
		const seen = new Set<string>();
		const queue = [flow.start];
		while (queue.length) {
			const id = queue.pop()!;
			if (seen.has(id)) continue;
			seen.add(id);
			queue.push(...successors(node(id)));
		}
		for (const id of outcomes) expect(seen.has(id), id).toBe(true);
		expect(seen.size).toBe(flow.nodes.length);
	});
});
