// Checks that flows/kongsvinger.json carries the key facts of its seed
// (BTI Kongsvinger – barnehage, 004_5ed5a1123b33d47c.txt). Every literal below is quoted from the seed.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { successors } from '../../../src/lib/flow/validate';
import type { Node, QuestionNode } from '../../../src/lib/flow/schema';
import { allText, loadFlow, normalize, seedText, stepTitles } from '../flow-helpers';

const flow = loadFlow('kongsvinger');
const seed = normalize(seedText(flow));
const text = allText(flow, 'nb');
const nodes = new Map<string, Node>(flow.nodes.map((n) => [n.id, n]));

/** The fact is in the seed (the test invents nothing) and in the flow. */
function expectFact(fact: string) {
	expect(seed, `seed should contain "${fact}"`).toContain(normalize(fact));
	expect(text, `flow should contain "${fact}"`).toContain(normalize(fact));
}

function node(id: string): Node {
	const n = nodes.get(id);
	expect(n, `node ${id}`).toBeDefined();
	return n!;
}

function question(id: string): QuestionNode {
	const n = node(id);
	expect(n.kind).toBe('question');
	return n as QuestionNode;
}

const LEVELS: { title: string; steps: string[] }[] = [
	{
		title: 'Identifisere barn',
		steps: [
			'Undring oppstår',
			'Konkretiser undring',
			'Del undringen med lederen din',
			'Del undringen med foresatte/barnet',
			'Grunn til videre oppfølging?'
		]
	},
	{
		title: 'Internt tiltaksarbeid sammen med foresatte/barn',
		steps: [
			'Samtykke til Stafettlogg',
			'Skap felles forståelse',
			'Iverksett tiltak',
			'Evalueringsmøte - drøfting',
			'Evalueringsmøte - beslutning om veien videre'
		]
	},
	{
		title: 'Tilpasset tverrfaglig samarbeid sammen med foresatte/barn',
		steps: [
			'Opprett kontakt med annen tjeneste',
			'Samarbeidsmøte - planlegg tiltak',
			'Iverksett tiltak',
			'Evalueringsmøte - drøfting',
			'Evalueringsmøte - beslutning om veien videre'
		]
	},
	{
		title: 'Utvidet tverrfaglig samarbeid',
		steps: [
			'Første møte med aktuell instans',
			'Planlegg tiltak',
			'Iverksett koordinerte tiltak',
			'Evalueringsmøte - drøfting',
			'Evalueringsmøte - beslutning om videre koordinert innsats'
		]
	}
];

describe('kongsvinger: source', () => {
	it('is Kongsvinger kommune\'s page, with the kommunenummer it has had since 2020', () => {
		expect(flow.source.publisher).toBe('Kongsvinger kommune');
		expectFact('Kongsvinger kommune');
		// The page was kept without its address.
		expect(flow.source.url).toBeNull();
		// The copy's footer still gives the number from before 2020 (0402); the municipality's site gives 3401 now.
		expect(seed).toContain(normalize('Kommunenummer: 0402'));
		expect(flow.municipality?.number).toBe('3401');
	});
});

describe('kongsvinger: levels and steps', () => {
	it('has nivå 0–3 with the seed titles', () => {
		expect(flow.levels).toHaveLength(4);
		flow.levels.forEach((level, i) => {
			expect(seed).toContain(normalize(`Nivå ${i} - ${LEVELS[i].title}`));
			expect(normalize(level.label!.nb)).toBe(normalize(`Nivå ${i}`));
			expect(normalize(level.title.nb)).toBe(normalize(LEVELS[i].title));
		});
	});

	it('has every step of every level, in the seed order', () => {
		flow.levels.forEach((level, i) => expect(level.steps).toHaveLength(LEVELS[i].steps.length));
		const expected = LEVELS.flatMap((l) => l.steps);
		expected.forEach((title) => expect(seed).toContain(normalize(title)));
		expect(stepTitles(flow, 'nb').map(normalize)).toEqual(expected.map(normalize));
	});

	it('keeps the seed order of the step titles within the seed text', () => {
		let at = 0;
		for (const title of LEVELS.flatMap((l) => l.steps)) {
			const found = seed.indexOf(normalize(title), at);
			expect(found, title).toBeGreaterThanOrEqual(0);
			at = found + 1;
		}
	});
});

describe('kongsvinger: deadlines', () => {
	const deadline = (id: string) => flow.deadlines.find((d) => d.id === id)!;
	const shownOn = (id: string) => flow.nodes.filter((n) => n.deadlines?.includes(id)).map((n) => n.id);

	it('has four deadlines of 2 weeks', () => {
		expect(flow.deadlines).toHaveLength(4);
		flow.deadlines.forEach((d) => expect(d.period).toEqual({ weeks: 2 }));
		expect(seed).toContain(normalize('innen 2 uker'));
	});

	it('nivå 0: the undringssamtale about the barnehagemiljø within 2 weeks of the worry, said once on the page', () => {
		expect(seed).toContain(normalize('Dersom det gjelder et barns fysiske og psykiske barnehagemiljø, senest innen 2 uker'));
		expectFact('Inviter og gjennomfør en undringssamtale med foresatte/');
		// The todo no longer repeats the two weeks that the deadline beside it gives.
		expect(node('niva-0-trinn-4').todo?.map((t) => t.nb).join(' ')).not.toContain('2 uker');
		const d = deadline('undringssamtale-barnehagemiljo');
		expect(d.from).toBe('worry');
		expect(normalize(d.when!.nb)).toContain(normalize('Dersom det gjelder et barns fysiske og psykiske barnehagemiljø'));
		expect(normalize(d.rule.nb)).toContain(normalize('senest innen 2 uker'));
		expect(shownOn(d.id)).toEqual(['niva-0-trinn-4']);
	});

	it('nivå 1 outcome 3: invite to a meeting at nivå 2 within 2 weeks', () => {
		expectFact('Bestem aktuelle samarbeidspartnere og inviter disse til møte på nivå 2 innen 2 uker');
		const d = deadline('niva-1-inviter-til-niva-2');
		expect(d.from).toBe('today');
		expect(normalize(d.rule.nb)).toContain(normalize('inviter disse til møte på nivå 2 innen 2 uker'));
		expect(shownOn(d.id)).toEqual(['niva-1-inviter-til-niva-2']);
	});

	it('nivå 2: first meeting within 2 weeks once consent is given', () => {
		expectFact('Når samtykke foreligger innkalles aktuelle samarbeidspartner(e) til et første møte innen 2 uker');
		const d = deadline('niva-2-forste-mote');
		expect(d.from).toBe('today');
		expect(normalize(d.when!.nb)).toBe(normalize('Når samtykke foreligger'));
		expect(normalize(d.rule.nb)).toContain(normalize('til et første møte innen 2 uker'));
		expect(shownOn(d.id)).toEqual(['niva-2-opprett-kontakt']);
	});

	it('nivå 2 outcome 3: a new meeting at nivå 3 within 2 weeks', () => {
		expectFact('kall dem inn til et nytt møte på nivå 3 (innen 2 uker)');
		const d = deadline('niva-2-kall-inn-til-niva-3');
		expect(d.from).toBe('today');
		expect(normalize(d.rule.nb)).toContain(normalize('nytt møte på nivå 3 (innen 2 uker)'));
		expect(shownOn(d.id)).toEqual(['niva-2-kall-inn-til-niva-3']);
	});
});

describe('kongsvinger: decisions', () => {
	it('nivå 0 step 5 asks "Grunn til videre oppfølging?" with three answers', () => {
		const q = question('niva-0-trinn-5');
		expectFact('Grunn til videre oppfølging?');
		expect(normalize(q.question.nb)).toBe(normalize('Grunn til videre oppfølging?'));
		expect(q.options.map((o) => o.next)).toEqual(['niva-1-trinn-1', 'niva-0-avgjor-stafettholder', 'avslutt-saken']);
		expectFact('behov for å sette i gang tiltak');
		expectFact('gå videre til nivå 1 i veilederen');
		const said = (i: number) => normalize(`${q.options[i].label.nb} ${q.options[i].hint?.nb ?? ''}`);
		expect(said(0)).toContain(normalize('behov for å sette i gang tiltak'));
		expect(said(1)).toContain(normalize('behov for å hente inn hjelp fra andre tjenester enn i barnehagen'));
		expect(said(1)).toContain(normalize('(Stafettholder)'));
		expect(said(2)).toContain(normalize('ikke nødvendig å sette inn tiltak'));
		expect(said(2)).toContain(normalize('avslutt saken'));
		expectFact('Er det behov for å hente inn hjelp fra andre tjenester enn i barnehagen, så går du til nivå 2 i veilederen');
		expectFact('Avgjør hvem som skal være ansvarlig for det videre arbeidet (Stafettholder)');
		expectFact('Dersom det ikke er nødvendig å sette inn tiltak, avslutt saken');
		const stafett = node('niva-0-avgjor-stafettholder');
		expect(stafett.kind === 'step' && stafett.next).toBe('niva-2-opprett-kontakt');
		expect(node('avslutt-saken').kind).toBe('outcome');
	});

	it('nivå 1 evaluation has the three outcomes; "not yet" goes back to nivå 1, trinn 3', () => {
		expectFact('Kun tre alternative utfall');
		const q = question('niva-1-evaluering-beslutning');
		expect(q.step).toBe('niva-1-evaluering-beslutning');
		expect(q.options).toHaveLength(3);
		expect(q.options.map((o) => [o.next, o.effect])).toEqual([
			['niva-1-avslutt-loggen', 'worked'],
			['niva-1-trinn-3', undefined],
			['niva-1-inviter-til-niva-2', 'not-worked']
		]);
		expectFact('Tiltakene har hatt ønsket effekt. Det er ikke lenger grunn til å bekymre seg.');
		expectFact('gå tilbake til nivå 1, trinn 3');
		expectFact('Dere ser behov for hjelp fra eksterne tjenester og drøfter videre innsats');
		// "Trinn 3" of nivå 1 is "Iverksett tiltak".
		expect(flow.levels[1].steps[2]).toMatchObject({ id: 'niva-1-trinn-3', title: { nb: 'Iverksett tiltak' } });
		expectFact('om saken blir løftet videre på nivå 2 er det viktig å få samtykke fra foresatte til å involvere eksterne samarbeidspartnere');
		const on = node('niva-1-inviter-til-niva-2');
		expect(on.kind === 'step' && on.next).toBe('niva-2-opprett-kontakt');
	});

	it('nivå 2 evaluation has the three outcomes; "not yet" goes back to nivå 2, trinn 2', () => {
		const q = question('niva-2-evaluering-beslutning');
		expect(q.options).toHaveLength(3);
		expect(q.options.map((o) => [o.next, o.effect])).toEqual([
			['niva-2-avslutt-loggen', 'worked'],
			['niva-2-samarbeidsmote', undefined],
			['niva-2-kall-inn-til-niva-3', 'not-worked']
		]);
		expectFact('gå tilbake til nivå 2, trinn 2');
		expect(flow.levels[2].steps[1].id).toBe('niva-2-samarbeidsmote');
		expectFact('Dere ser behov for ytterligere hjelp fra eksterne tjenester og drøfter videre innsats');
		expectFact('Stafettholder kvalitetssikrer korrekt henvisning');
		expectFact('sikrer at samtykke er innhentet');
		const on = node('niva-2-kall-inn-til-niva-3');
		expect(on.kind === 'step' && on.next).toBe('niva-3-forste-mote');
	});

	it('nivå 3 evaluation has two outcomes; the second leads back to nivå 1, 2 or 3', () => {
		expectFact('Det finnes to mulige utfall');
		const q = question('niva-3-evaluering-beslutning');
		expect(q.options).toHaveLength(2);
		expect(q.options.map((o) => [o.next, o.effect])).toEqual([
			['niva-3-avslutt-loggen', 'worked'],
			['niva-3-velg-niva', 'not-worked']
		]);
		expectFact('De koordinerte tiltakene har ikke gitt ønsket effekt, iverksett tiltak på nivå 1, nivå 2 eller nivå 3');
		const levelQ = question('niva-3-velg-niva');
		expect(levelQ.options.map((o) => o.next)).toEqual(['niva-1-trinn-1', 'niva-2-opprett-kontakt', 'niva-3-forste-mote']);
	});
});

describe('kongsvinger: outcomes', () => {
	const outcomes = flow.nodes.filter((n) => n.kind === 'outcome');

	it('has the seed outcomes', () => {
		expectFact('Avslutt loggen');
		expectFact('avslutt saken');
		expect(outcomes.map((o) => o.id).sort()).toEqual(
			['avslutt-saken', 'niva-1-avslutt-loggen', 'niva-2-avslutt-loggen', 'niva-3-avslutt-loggen'].sort()
		);
	});

	it('reaches every outcome from the start', () => {
		const seen = new Set<string>();
		const queue = [flow.start];
		while (queue.length) {
			const id = queue.pop()!;
			if (seen.has(id)) continue;
			seen.add(id);
			queue.push(...successors(node(id)));
		}
		outcomes.forEach((o) => expect(seen.has(o.id), o.id).toBe(true));
		expect(seen.size).toBe(flow.nodes.length);
	});
});

describe('kongsvinger: Stafettlogg and Stafettholder', () => {
	it('explains the Stafettlogg and the Stafettholder as the seed does', () => {
		expectFact('benyttes en elektronisk logg som sikrer dokumentasjon, samarbeid, fremdrift og gode overganger i dette arbeidet');
		expectFact('Informer om, og få et signert samtykke til oppretting av logg');
		expectFact('Saken opprettes i Stafettloggen (av den som inviterer til møtet)');
		expectFact('har ansvaret for å skrive inn møtereferat og oppdatere Stafettloggen frem til annen stafettholder avtales mellom samarbeidende aktører');
		expectFact('Det avtales hvem som skal være Stafettholder videre');
		expectFact('Stafettholder sørger for at aktuelle instanser får tilgang til Stafettloggen');
		expectFact('Stafettholder har ansvar for møteledelse og referat');
	});

	it('keeps the rule for worries reported by a caregiver as a note', () => {
		const fact =
			'Dersom det er omsorgsgiver som melder fra om uro knyttet til barnets trivsel i barnehagen skal du alltid gå videre';
		expectFact(fact);
		const first = node('niva-0-trinn-1');
		expect(first.notes!.map((n) => normalize(n.nb)).join('\n')).toContain(normalize(fact));
	});
});

describe('kongsvinger: contacts', () => {
	it('has Servicetorget exactly as the seed gives it', () => {
		const s = flow.contacts.find((c) => c.id === 'servicetorget')!;
		expectFact('Servicetorget');
		expect(seed).toContain(normalize('Telefon: 62 87 40 00'));
		expect(s.phone).toBe('62 87 40 00');
		for (const fact of [
			'Man, tir, tor, fre kl. 08:00 - 15:30',
			'Ons kl 09:00 - 15:30',
			'Sommertid (uke 28, 29, 30, 31)',
			'Man - fre kl 10:00 - 14:00',
			'Rådhusplassen 3',
			'2212 Kongsvinger'
		])
			expectFact(fact);
		expect(s.email).toBeUndefined();
		expect(s.url).toBeUndefined();
	});

	it('shows Servicetorget where the user may need help reaching services', () => {
		const uses = flow.nodes.filter((n) => n.contacts?.some((c) => c.id === 'servicetorget')).map((n) => n.id);
		expect(uses).toEqual(expect.arrayContaining(['niva-0-trinn-3', 'niva-2-opprett-kontakt']));
	});

	it('names hjelpetjenestene for råd og veiledning', () => {
		expectFact('Om dere er usikre, ta kontakt med hjelpetjenestene for råd og veiledning');
		expectFact('hjelpetjenestene');
		const step3 = node('niva-0-trinn-3');
		expect(step3.contacts!.map((c) => c.id)).toContain('hjelpetjenestene');
	});

	it('offers «Døgnåpne vakttjenester» beside Servicetorget, as the seed\'s footer does, without a number it does not give', () => {
		expectFact('Døgnåpne vakttjenester');
		const vakt = flow.contacts.find((c) => c.id === 'dognapne-vakttjenester')!;
		expect(vakt.name.nb).toBe('Døgnåpne vakttjenester');
		expect([vakt.phone, vakt.email, vakt.url, vakt.hours]).toEqual([undefined, undefined, undefined, undefined]);
		for (const n of flow.nodes.filter((n) => n.contacts?.some((c) => c.id === 'servicetorget'))) {
			expect(n.contacts!.map((c) => c.id), n.id).toContain('dognapne-vakttjenester');
			// The service says, dated and beside the contacts, that Servicetorget answers in office hours only: 112 when urgent.
			const notes = (n.serviceNotes ?? []).filter((x) => typeof x !== 'string');
			expect(notes.some((x) => x.near === 'contacts' && /åpningstiden/.test(x.text.nb) && /112/.test(x.text.nb)), n.id).toBe(true);
		}
		// The only phone number in the flow is the seed's.
		expect(readFileSync('flows/kongsvinger.json', 'utf8').match(/"phone": "[^"]*"/g)).toEqual(['"phone": "62 87 40 00"']);
	});

	it('has exactly these contacts, with no invented phone, e-mail or address', () => {
		expect(flow.contacts.map((c) => c.id).sort()).toEqual(['dognapne-vakttjenester', 'hjelpetjenestene', 'servicetorget']);
		const raw = readFileSync('flows/kongsvinger.json', 'utf8');
		expect(raw).not.toMatch(/https?:|@|www\./);
		expect(flow.tools.every((t) => t.url === undefined)).toBe(true);
	});
});

describe('kongsvinger: tools ("Nyttige hjelpemidler")', () => {
	const TOOLS = [
		'Barn og unges tegn til mistrivsel',
		'Inkluderende barnehagemiljø/ handlingsplan',
		'Undringsskjema barnehage',
		'Tips til barnesamtaler',
		'skala for uro: foresatte',
		'skala for uro: barn og ungdom',
		'signal på manglende trivsel',
		'undringssamtale med foresatte',
		'Pedagogisk analyse',
		'Forberedelse til undringssamtale',
		'Stafettlogg',
		'samtykke til å gi informasjon',
		'Tiltaksoversikt',
		'samtykke til Stafettlogg',
		'Tips til undringssamtaler',
		'Forberedelse og gjennomføring av møter',
		'Kartleggingsverktøy',
		'henvisning til PPT',
		'invitasjon til samarbeidsmøte',
		'invitasjon til nettverksmøte'
	];

	it('has one tool per distinct named aid', () => {
		expect(flow.tools).toHaveLength(TOOLS.length);
		const names = flow.tools.map((t) => normalize(t.name.nb));
		TOOLS.forEach((name) => {
			expect(seed).toContain(normalize(name));
			expect(names).toContain(normalize(name));
		});
		expectFact('ASQ, ASQ:SE, TRAS, «Alle med»');
	});

	const toolsOf = (id: string) => {
		const n = node(id);
		return (n.tools ?? []).map((t) => normalize(flow.tools.find((x) => x.id === t)!.name.nb));
	};

	it('lists the aids on the steps where the seed lists them', () => {
		const expectTools = (id: string, names: string[]) => expect(toolsOf(id)).toEqual(names.map(normalize));
		expectTools('niva-0-trinn-1', ['Barn og unges tegn til mistrivsel', 'Inkluderende barnehagemiljø/ handlingsplan']);
		expectTools('niva-0-trinn-4', ['Forberedelse til undringssamtale', 'Tips til barnesamtaler']);
		expectTools('niva-0-trinn-5', ['Stafettlogg', 'samtykke til å gi informasjon', 'Tiltaksoversikt']);
		expectTools('niva-1-trinn-1', ['Stafettlogg', 'samtykke til Stafettlogg']);
		expectTools('niva-1-trinn-3', ['Stafettlogg', 'Pedagogisk analyse', 'Kartleggingsverktøy']);
		expectTools('niva-2-evaluering-beslutning', [
			'Stafettlogg',
			'Forberedelse og gjennomføring av møter',
			'samtykke til å gi informasjon',
			'Tiltaksoversikt',
			'henvisning til PPT'
		]);
		expectTools('niva-3-forste-mote', ['Stafettlogg', 'invitasjon til samarbeidsmøte']);
		expectTools('niva-3-planlegg-tiltak', ['Stafettlogg', 'invitasjon til nettverksmøte']);
		expectTools('niva-3-evaluering-beslutning', ['Stafettlogg', 'skala for uro: barn og ungdom', 'skala for uro: foresatte']);
	});
});
