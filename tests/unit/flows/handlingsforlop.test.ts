// Handlingsforløp, BTI nivå 0–3 (seed 001, municipality not named): the key facts of the seed must be in the flow.
import { describe, it, expect } from 'vitest';
import { allText, loadFlow, normalize, seedText, stepTitles } from '../flow-helpers';
import { successors } from '../../../src/lib/flow/validate';
import type { Node, QuestionNode } from '../../../src/lib/flow/schema';

const flow = loadFlow('handlingsforlop');
const seed = normalize(seedText(flow));
const nb = allText(flow, 'nb');
const node = (id: string): Node => {
	const found = flow.nodes.find((n) => n.id === id);
	if (!found) throw new Error(`no node ${id}`);
	return found;
};
const question = (id: string): QuestionNode => {
	const n = node(id);
	if (n.kind !== 'question') throw new Error(`${id} is not a question`);
	return n;
};
const targets = (id: string) => Object.fromEntries(question(id).options.map((o) => [o.id, o.next]));

/** Asserts that a literal is quoted from the seed and appears in the flow's bokmål text. */
function expectFact(fact: string) {
	expect(seed, `seed contains "${fact}"`).toContain(normalize(fact));
	expect(nb, `flow contains "${fact}"`).toContain(normalize(fact));
}

describe('handlingsforlop: source', () => {
	it('is seed 001 in bokmål, shaped as levels, with no municipality', () => {
		// The page was kept without its address and does not say who published it.
		expect(flow.source.url).toBeNull();
		expect(flow.source.publisher).toBeNull();
		expect(flow.source.language).toBe('nb');
		expect(flow.shape).toBe('levels');
		expect(flow.municipality).toBeNull();
		expect(flow.version).toBe('1.1.0');
		expect(nb).not.toMatch(/kommune\b/);
	});

	it('notes that the page is under development', () => {
		expect(seed).toContain(normalize('Siden er under utvikling'));
		// As the service's dated note about the page, quoting it; not as the model's own content.
		expect(flow.source.note?.nb).toContain('«Siden er under utvikling.»');
		expect(flow.source.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expectFact('Handlingsforløp');
	});
});

describe('handlingsforlop: levels and steps', () => {
	const levels = [
		['Nivå 0', 'Definer bekymring eller uro'],
		['Nivå 1', 'Jobb sammen med familien i avdelingen eller tjenesten'],
		['Nivå 2', 'Jobb tverrfaglig med andre kommunale tjenester'],
		['Nivå 3', 'Jobb tverrfaglig med andre kommunale og eksterne tjenester']
	];
	const titles = [
		'Definer uroen/bekymringen',
		'Del bekymringen med leder',
		'Del bekymringen med foresatte/barnet',
		'Avklar behov for videre oppfølging',
		'Skap felles forståelse',
		'Iverksett tiltak',
		'Evaluere',
		'Avklar behov for videre oppfølging',
		'Kontaktmøte eller tilsvarende',
		'Tiltak',
		'Evaluering',
		'Avklare behov for videre oppfølging',
		'Møte i tverrfaglig drøftingsteam',
		'Planlegg tiltak',
		'Iverksett koordinerte tiltak',
		'Evaluering',
		'Videre innsats'
	];
	/** The one title where an obvious typo of the seed ("tverfaglig") is fixed. */
	const seedSpelling: Record<string, string> = { 'Møte i tverrfaglig drøftingsteam': 'Møte i tverfaglig drøftingsteam' };

	it('has Nivå 0–3 with the seed titles', () => {
		expect(flow.levels.map((l) => [l.label?.nb, l.title.nb])).toEqual(levels);
		for (const [label, title] of levels) expect(seed).toContain(normalize(`${label} - ${title}`));
	});

	it('has Trinn 1–4, 1–4, 1–4 and 1–5, titled as in the seed, in order', () => {
		expect(flow.levels.map((l) => l.steps.length)).toEqual([4, 4, 4, 5]);
		for (const level of flow.levels)
			expect(level.steps.map((s) => s.label?.nb)).toEqual(level.steps.map((_, i) => `Trinn ${i + 1}`));
		expect(stepTitles(flow, 'nb')).toEqual(titles);
		flow.levels.forEach((level) =>
			level.steps.forEach((s, i) =>
				expect(seed).toContain(normalize(`Trinn ${i + 1} - ${seedSpelling[s.title.nb] ?? s.title.nb}`))
			)
		);
	});

	it('walks each level step by step', () => {
		expect(flow.start).toBe('niva-0-trinn-1');
		expect(node('niva-0-trinn-1')).toMatchObject({ kind: 'step', next: 'niva-0-trinn-2' });
		expect(node('niva-0-trinn-2')).toMatchObject({ kind: 'step', next: 'niva-0-trinn-3' });
		expect(node('niva-0-trinn-3')).toMatchObject({ kind: 'step', next: 'niva-0-trinn-4' });
		expect(node('niva-1-trinn-1')).toMatchObject({ kind: 'step', next: 'niva-1-trinn-2' });
		expect(node('niva-1-trinn-2')).toMatchObject({ kind: 'step', next: 'niva-1-trinn-3' });
		expect(node('niva-1-trinn-3')).toMatchObject({ kind: 'step', next: 'niva-1-trinn-4' });
		expect(node('niva-2-trinn-1')).toMatchObject({ kind: 'step', next: 'niva-2-trinn-2' });
		expect(node('niva-2-trinn-2')).toMatchObject({ kind: 'step', next: 'niva-2-trinn-3' });
		expect(node('niva-2-trinn-3')).toMatchObject({ kind: 'step', next: 'niva-2-trinn-4' });
		expect(node('niva-3-trinn-1')).toMatchObject({ kind: 'step', next: 'niva-3-trinn-2' });
		expect(node('niva-3-trinn-2')).toMatchObject({ kind: 'step', next: 'niva-3-trinn-3' });
		expect(node('niva-3-trinn-3')).toMatchObject({ kind: 'step', next: 'niva-3-trinn-4' });
	});
});

describe('handlingsforlop: step content', () => {
	it('Nivå 0 Trinn 1: put the worry into words', () => {
		expectFact('må du prøve å sette ord på uroen du kjenner før du tar saken videre');
		expectFact('vage, diffuse og vanskelige å tyde');
		expectFact('Konkretiser uroen din ved å sammenfatte observasjoner og samtaler');
		expectFact('Drøft med kollegaer');
		expectFact('det er DU som eier uroen og kan gjøre en forskjell for barnet');
	});

	it('Nivå 0 Trinn 2–3: leader first, then «den nødvendige samtalen»', () => {
		expectFact('Del bekymringen din med nærmeste leder ved første anledning');
		expectFact('hvem som tar kontakt med barnet og foresatte');
		expectFact('inviterer til og gjennomfører «den nødvendige samtalen» med foresatte/barnet');
		expectFact('NB! Barnet har rett til å si sin mening i alt som vedkommer det, og barnets meninger skal vektlegges');
	});

	it('Nivå 0 Trinn 4: referat in WebSak and consent', () => {
		expectFact('Den som leder møtet skriver referat som lagres i WebSak');
		expectFact('er det viktig at det innhentes samtykke fra foresatte dersom saken ikke skal drøftes anonymt');
	});

	it('Nivå 1: common understanding, measures, evaluation', () => {
		expectFact('Mål og tiltak referatføres i IST og deles med alle involverte');
		expectFact('Avtal tidspunkt for evalueringsmøte');
		expectFact('Også på nivå 1 er det fullt mulig å søke råd og veiledning hos andre tjenester/avdelinger');
		expectFact('Husk ivaretagelse av eventuelle søsken');
		expectFact('Avtalte tiltak iverksettes og gjennomføres på aktuelle arenaer. Husk tiltak i hjemmet');
		expectFact('for å få barnets/ungdommens egen opplevelse av endring');
		expectFact('drøfter i hvilken grad tiltakene har ført til at barnets/ungdommens situasjon har endret seg');
	});

	it('Nivå 2 and 3: meetings, plans and coordinated measures', () => {
		expectFact('Avgjør hvem som skal holde i saken videre, med ansvar for møteledelse og referat');
		expectFact('drøfte saken i kontaktmøte');
		expectFact('få med hvem som har ansvar for hvert enkelt tiltak');
		expectFact('presenterer problemstillingen for tverrfaglig drøftingsteam');
		expectFact('Drøftingsteamet legger fram plan for utredning/undersøkelse/tiltak');
		expectFact('om det skal søkes om koordinator/barnekoordinator');
		expectFact('Evaluer om barnets situasjon har endret seg som følge av de koordinerte tiltakene');
	});

	it('Nivå 3 Trinn 5 is unfinished and says only what the seed says', () => {
		expectFact('Iverksett tiltak på nivå 1, nivå 2 eller nivå 3');
		expect(seed).toContain(normalize('nivå 3 (uferdig)'));
		const step = node('niva-3-trinn-5');
		expect(step).toMatchObject({ kind: 'step', step: 'niva-3-trinn-5', unfinished: true, next: 'niva-3-velg-niva' });
		expect(step.todo?.map((t) => t.nb)).toEqual(['Iverksett tiltak på nivå 1, nivå 2 eller nivå 3.']);
		expect(targets('niva-3-velg-niva')).toEqual({
			'niva-1': 'niva-1-trinn-1',
			'niva-2': 'niva-2-trinn-1',
			'niva-3': 'niva-3-trinn-1'
		});
	});

	it('leaves out the seed placeholders', () => {
		for (const placeholder of ['Her kommer lenker', 'Her legges lenker', 'Her kommer det mer', 'Her kommer mer']) {
			expect(seed).toContain(normalize(placeholder));
			expect(nb).not.toContain(normalize(placeholder));
		}
	});
});

describe('handlingsforlop: safety warnings', () => {
	it('Trinn 1: police 112 or barneverntjenesten', () => {
		const fact = 'Ved mistanke om vold eller overgrep skal du ta direktekontakt med Politi 112 eller Barneverntjenesten';
		expectFact(fact);
		expect(node('niva-0-trinn-1').warnings?.map((w) => normalize(w.nb)).join(' ')).toContain(normalize(fact));
	});

	it('Trinn 3: do not involve the parents', () => {
		const fact = 'Ved mistanke om vold/overgrep skal ikke foresatte involveres';
		expectFact(fact);
		expect(node('niva-0-trinn-3').warnings?.map((w) => normalize(w.nb)).join(' ')).toContain(normalize(fact));
	});
});

describe('handlingsforlop: deadlines', () => {
	const deadline = (id: string) => {
		const d = flow.deadlines.find((x) => x.id === id);
		if (!d) throw new Error(`no deadline ${id}`);
		return d;
	};

	it('§9a: senest innen 1 uke, from the worry', () => {
		expectFact('senest innen 1 uke');
		expectFact('Gjelder det en elevs fysiske/psykiske skolemiljø');
		expectFact('innkalling av foresatte til samtale');
		expect(deadline('frist-9a')).toMatchObject({ period: { weeks: 1 }, from: 'worry' });
		expect(normalize(deadline('frist-9a').rule.nb)).toContain(normalize('innkalling av foresatte til samtale'));
		expect(normalize(deadline('frist-9a').rule.nb)).toContain(normalize('senest innen 1 uke'));
		expect(normalize(deadline('frist-9a').when!.nb)).toContain(normalize('fysiske/psykiske skolemiljø'));
	});

	it('§42: snarest', () => {
		expectFact('barnehagen snarest skal undersøke saken');
		expectFact('Gjelder det et barns psykososiale barnehagemiljø (§42)');
		expect(deadline('frist-42')).toMatchObject({ period: 'asap', from: 'worry' });
		expect(normalize(deadline('frist-42').rule.nb)).toContain(normalize('snarest skal undersøke saken'));
		expect(normalize(deadline('frist-42').when!.nb)).toContain(normalize('psykososiale barnehagemiljø (§42)'));
	});

	it('otherwise: innen 3 uker etter at undringen har oppstått', () => {
		expectFact('innen 3 uker etter at undringen har oppstått');
		expect(deadline('frist-3-uker')).toMatchObject({ period: { weeks: 3 }, from: 'worry' });
		expect(normalize(deadline('frist-3-uker').rule.nb)).toContain(normalize('innen 3 uker etter at undringen har oppstått'));
		expect(deadline('frist-3-uker').when?.nb).toMatch(/^Ellers/);
	});

	it('Nivå 1 → 2: meeting within two weeks, from today', () => {
		expectFact('inviter disse til møte på nivå 2 innen to uker');
		expect(deadline('frist-mote-niva-2')).toMatchObject({ period: { weeks: 2 }, from: 'today' });
		expect(normalize(deadline('frist-mote-niva-2').rule.nb)).toContain(normalize('inviter disse til møte på nivå 2 innen to uker'));
	});

	it('says each §9a/§42 rule once on Nivå 0 Trinn 1: as a deadline, not again as a note', () => {
		const t1 = node('niva-0-trinn-1');
		const notes = (t1.notes ?? []).map((n) => n.nb).join('\n');
		expect(notes).not.toMatch(/§9a|§42/);
		expect(t1.deadlines).toEqual(['frist-9a', 'frist-42', 'frist-3-uker']);
		expect(t1.serviceNotes).toContain('school-environment-law');
	});

	it('shows the deadlines on the steps that give them', () => {
		expect(node('niva-0-trinn-1').deadlines).toEqual(['frist-9a', 'frist-42', 'frist-3-uker']);
		expect(node('niva-0-trinn-3').deadlines).toEqual(['frist-9a', 'frist-42', 'frist-3-uker']);
		expect(node('niva-1-til-niva-2').deadlines).toEqual(['frist-mote-niva-2']);
	});
});

describe('handlingsforlop: decisions', () => {
	it('Nivå 0 Trinn 4: tiltak → nivå 1, external help → nivå 2, nothing → close the case', () => {
		expectFact('behov for å sette i gang tiltak');
		expectFact('gå videre til nivå 1 i veilederen');
		expectFact('behov for å hente inn ekstern hjelp utenfor gjeldende tjeneste');
		expectFact('gå til nivå 2 i veilederen');
		expectFact('Dersom det ikke er grunnlag for videre oppfølging, lukker dere saken');
		expectFact('Takk de involverte for godt samarbeid');
		expectFact('er velkomne til å be om hjelp dersom det skulle oppstå noe');
		expect(question('niva-0-trinn-4').step).toBe('niva-0-trinn-4');
		expect(targets('niva-0-trinn-4')).toEqual({
			tiltak: 'niva-1-trinn-1',
			'ekstern-hjelp': 'niva-2-trinn-1',
			'ikke-grunnlag': 'niva-0-lukk-saken'
		});
		expect(node('niva-0-lukk-saken').kind).toBe('outcome');
	});

	/** The options of a question as [id, next, effect]. */
	const answers = (id: string) => question(id).options.map((o) => [o.id, o.next, o.effect]);

	it('Nivå 1 Trinn 4: the seed\'s three outcomes as three answers, the second with its two variants', () => {
		expectFact('Det er tre mulige utfall av evalueringen');
		expectFact('Tiltakene har hatt ønsket effekt, det er ikke lenger grunn til å bekymre seg');
		expectFact('Avslutt oppfølgingen');
		expectFact('Tiltakene har effekt, men dere er fremdeles ikke i mål');
		expectFact('Arbeidet fortsetter');
		expectFact('vurderer at det kan iverksettes andre tiltak innen egen tjeneste');
		expectFact('gå tilbake til Nivå 1 – trinn 3 og utforske andre mer aktuelle tiltak');
		expectFact('Dere ser behov for hjelp fra eksterne tjenester for å drøfte videre innsats');
		expectFact('melde inn saken til tverrfaglig drøftingsteam');
		expectFact('Om saken blir løftet videre opp på nivå 2, er det viktig å få samtykke fra foresatte');
		expect(question('niva-1-trinn-4').step).toBe('niva-1-trinn-4');
		expect(answers('niva-1-trinn-4')).toEqual([
			['onsket-effekt', 'niva-1-avslutt-oppfolgingen', 'worked'],
			['utfall-2', 'niva-1-utfall-2', undefined],
			['ikke-effekt', 'niva-1-til-niva-2', 'not-worked']
		]);
		expect(question('niva-1-utfall-2').step).toBe('niva-1-trinn-4');
		// "Other measures" go to where measures are explored and agreed (Trinn 1), not to the evaluation
		// (Trinn 3) that the municipality's text names; the service says so in its own note.
		expect(answers('niva-1-utfall-2')).toEqual([
			['ikke-i-mal', 'niva-1-trinn-2', undefined],
			['andre-tiltak', 'niva-1-trinn-1', 'not-worked']
		]);
		expect(stepTitles(flow, 'nb')).toContain('Skap felles forståelse');
		expectFact('I utforsking av mulige tiltak');
		const [note] = question('niva-1-utfall-2').serviceNotes as { text: { nb: string } }[];
		expect(note.text.nb).toContain('«gå tilbake til Nivå 1 – trinn 3»');
		expect(node('niva-1-avslutt-oppfolgingen')).toMatchObject({ kind: 'outcome', title: { nb: 'Avslutt oppfølgingen' }, ending: 'resolved' });
		expect(node('niva-1-til-niva-2')).toMatchObject({ kind: 'step', next: 'niva-2-trinn-1' });
		expect(node('niva-1-til-niva-2').contacts?.map((c) => c.id)).toContain('tverrfaglig-droftingsteam');
	});

	it('Nivå 2 Trinn 4: three outcomes; «other measures» goes back to Nivå 2 - trinn 2', () => {
		// Seed: "dere er fremdeles ikke i mål og arbeidet fortsetter" (label + hint of the option).
		const notYet = question('niva-2-utfall-2').options.find((o) => o.id === 'ikke-i-mal')!;
		for (const fact of ['dere er fremdeles ikke i mål', 'arbeidet fortsetter']) {
			expect(seed).toContain(normalize(fact));
			expect(normalize(`${notYet.label.nb} ${notYet.hint?.nb ?? ''}`)).toContain(normalize(fact));
		}
		expectFact('Gå tilbake til Nivå 2 - trinn 2');
		expectFact('Dere ser behov for hjelp fra andre kommunale tjenester eller samarbeid med eksterne (eksempelvis BUP)');
		expectFact('Meld saken til tverrfaglig drøftingsteam');
		expectFact('Om saken blir løftet videre opp på nivå 3, er det viktig å få samtykke fra foresatte');
		expect(question('niva-2-trinn-4').step).toBe('niva-2-trinn-4');
		expect(answers('niva-2-trinn-4')).toEqual([
			['onsket-effekt', 'niva-2-onsket-effekt', 'worked'],
			['utfall-2', 'niva-2-utfall-2', undefined],
			['ikke-effekt', 'niva-2-til-niva-3', 'not-worked']
		]);
		expect(answers('niva-2-utfall-2')).toEqual([
			['ikke-i-mal', 'niva-2-trinn-2', undefined],
			['andre-tiltak', 'niva-2-trinn-2', 'not-worked']
		]);
		expect(node('niva-2-onsket-effekt')).toMatchObject({ kind: 'outcome', ending: 'resolved' });
		expect(node('niva-2-til-niva-3')).toMatchObject({ kind: 'step', next: 'niva-3-trinn-1' });
	});

	it('Nivå 3 Trinn 4: three outcomes; no effect is decided in the drøftingsteam', () => {
		expectFact('Videre tiltak og oppfølging avgjøres i drøftingsteam');
		expect(question('niva-3-trinn-4').step).toBe('niva-3-trinn-4');
		expect(answers('niva-3-trinn-4')).toEqual([
			['onsket-effekt', 'niva-3-onsket-effekt', 'worked'],
			['utfall-2', 'niva-3-utfall-2', undefined],
			['ikke-effekt', 'niva-3-avgjores-i-droftingsteam', 'not-worked']
		]);
		expect(answers('niva-3-utfall-2')).toEqual([
			['ikke-i-mal', 'niva-3-trinn-3', undefined],
			['andre-tiltak', 'niva-3-trinn-5', 'not-worked']
		]);
		expect(node('niva-3-onsket-effekt')).toMatchObject({ kind: 'outcome', ending: 'resolved' });
		expect(node('niva-3-avgjores-i-droftingsteam')).toMatchObject({
			kind: 'outcome',
			title: { nb: 'Videre tiltak og oppfølging avgjøres i drøftingsteam' },
			ending: 'onward'
		});
	});

	it('reaches every outcome from the start', () => {
		const byId = new Map(flow.nodes.map((n) => [n.id, n]));
		const seen = new Set<string>();
		const queue = [flow.start];
		while (queue.length) {
			const id = queue.pop()!;
			if (seen.has(id)) continue;
			seen.add(id);
			queue.push(...successors(byId.get(id)!));
		}
		const outcomes = flow.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id);
		expect(outcomes.sort()).toEqual(
			[
				'niva-0-lukk-saken',
				'niva-1-avslutt-oppfolgingen',
				'niva-2-onsket-effekt',
				'niva-3-onsket-effekt',
				'niva-3-avgjores-i-droftingsteam'
			].sort()
		);
		for (const id of outcomes) expect(seen.has(id), `${id} is reachable`).toBe(true);
	});
});

describe('handlingsforlop: contacts', () => {
	it('Politi with 112, exactly as in the seed, and no other phone numbers', () => {
		expectFact('Politi 112');
		const phones = flow.contacts.filter((c) => c.phone).map((c) => [c.id, c.phone]);
		expect(phones).toEqual([['politi', '112']]);
		expect(flow.contacts.every((c) => !c.email && !c.url)).toBe(true);
	});

	it('names the services the seed names', () => {
		for (const name of ['Barneverntjenesten', 'Tverrfaglig drøftingsteam', 'BUP', 'PPT', 'Helsesykepleier', 'Habiliteringstjeneste', 'Nærmeste leder'])
			expectFact(name);
		expectFact('kan også kontaktes for anonyme drøftinger, råd og veiledning');
		expect(flow.contacts.map((c) => c.id).sort()).toEqual(
			['barneverntjenesten', 'bup', 'habiliteringstjeneste', 'helsesykepleier', 'naermeste-leder', 'politi', 'ppt', 'tverrfaglig-droftingsteam'].sort()
		);
		expect(node('niva-3-trinn-1').contacts?.map((c) => c.id)).toEqual(['tverrfaglig-droftingsteam']);
	});
});

describe('handlingsforlop: tools', () => {
	const names = [
		'Handlingsplan ved bekymringsfullt fravær',
		'Plan for forebygging av omsorgssvikt og atferdsproblemer - Vedlegg 1 Tiltaksoversikt',
		'Plan for forebygging av omsorgssvikt og atferdsproblemer - Vedlegg 2 Regionalt samarbeid',
		'Temahefte om barns medvirkning (regjeringen)',
		'Koordinatorhåndboka',
		'Juss og sentrale føringer (forebygging.no)',
		'Skjemaer for utskrift',
		'Samtykkeskjema for tverrfaglig samarbeid',
		'Pedagogisk analyse'
	];

	it('lists only the resources the seed names, without links', () => {
		for (const name of names) expectFact(name);
		expect(flow.tools.map((t) => t.name.nb)).toEqual(names);
		expect(flow.tools.every((t) => !t.url)).toBe(true);
		expectFact('Samtykkeskjema for tverrfaglig samarbeid finner du i skjemaportalen');
		expectFact('Her kan pedagogisk analyse være en aktuell ressurs');
	});

	it('puts the named tools on the steps that name them', () => {
		expect(node('niva-0-trinn-1').tools).toContain('handlingsplan-bekymringsfullt-fravaer');
		expect(node('niva-0-trinn-4').tools).toEqual(['koordinatorhandboka', 'samtykkeskjema']);
		expect(node('niva-1-trinn-1').tools).toEqual(['tiltaksoversikt', 'handlingsplan-bekymringsfullt-fravaer', 'pedagogisk-analyse']);
		expect(node('niva-1-trinn-4').tools).toContain('pedagogisk-analyse');
	});
});
