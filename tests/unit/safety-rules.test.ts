// The service's safety rules (src/lib/flow/safety-rules.ts) hold for every flow in flows/, present and
// future: each flow passes, and each flow changed so that it breaks a rule is refused at the right place.
import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFlow, type Problem } from '../../src/lib/flow/validate';
import { checkSafety } from '../../src/lib/flow/safety-rules';
import { SERVICE_NOTES, SERVICE_NOTE_KEYS, serviceNotes } from '../../src/lib/flow/service-notes';
import type { Flow, Node } from '../../src/lib/flow/schema';

const ids = readdirSync('flows')
	.filter((name) => name.endsWith('.json') && name !== 'flow.schema.json')
	.map((name) => basename(name, '.json'));

const load = (id: string): Flow => JSON.parse(readFileSync(`flows/${id}.json`, 'utf8'));

function problems(flow: Flow): Problem[] {
	const result = checkFlow(flow, flow.id);
	return result.ok ? [] : result.problems;
}

/** The flow with one node changed by `change`; the rest as it is. */
function withNode(flow: Flow, index: number, change: (node: Node) => void): Flow {
	const copy = structuredClone(flow);
	change(copy.nodes[index]);
	return copy;
}

const without = (node: Node, key: string) => {
	node.serviceNotes = node.serviceNotes?.filter((n) => n !== key);
	if (!node.serviceNotes?.length) delete node.serviceNotes;
};

describe.each(ids)('%s.json', (id) => {
	const flow = load(id);

	it('passes every rule', () => {
		expect(problems(flow)).toEqual([]);
	});

	it('gives the opplysningsplikt on its first page', () => {
		const start = flow.nodes.findIndex((n) => n.id === flow.start);
		expect(flow.nodes[start].serviceNotes).toContain('reporting-duty');
		const broken = problems(withNode(flow, start, (n) => without(n, 'reporting-duty')));
		expect(broken).toContainEqual({ path: `$.nodes[${start}].serviceNotes`, message: expect.stringContaining('is the first page') });
	});

	it('on any page, an instruction to contact the parents needs the abuse exception beside it', () => {
		flow.nodes.forEach((_, i) => {
			const broken = problems(
				withNode(flow, i, (n) => {
					n.intro = [...(n.intro ?? []), { nb: 'Ta kontakt med foreldrene.', nn: 'Ta kontakt med foreldra.' }];
					without(n, 'abuse-exception');
				})
			);
			expect(broken, flow.nodes[i].id).toContainEqual({ path: `$.nodes[${i}].serviceNotes`, message: expect.stringContaining('"abuse-exception"') });
		});
	});

	it('on any page, barnevernet or consent needs the opplysningsplikt, and §9a the dated note on the new law', () => {
		flow.nodes.forEach((_, i) => {
			const broken = problems(
				withNode(flow, i, (n) => {
					n.notes = [...(n.notes ?? []), { nb: 'Gjelder det en §9a-sak, kan barnevernet gi råd.', nn: 'Gjeld det ei §9a-sak, kan barnevernet gi råd.' }];
					without(n, 'reporting-duty');
					without(n, 'school-environment-law');
				})
			);
			for (const key of ['reporting-duty', 'school-environment-law'])
				expect(broken, `${flow.nodes[i].id} ${key}`).toContainEqual({ path: `$.nodes[${i}].serviceNotes`, message: expect.stringContaining(`"${key}"`) });
		});
	});

	it('never traps after "did not work": sent back to ask the same question again, the checker objects', () => {
		const copy = structuredClone(flow);
		const traps: string[] = [];
		copy.nodes.forEach((n, i) => {
			if (n.kind !== 'question') return;
			n.options.forEach((o, j) => {
				if (o.effect !== 'not-worked') return;
				o.next = n.id;
				traps.push(`$.nodes[${i}].options[${j}].next`);
			});
		});
		// The nodes after those answers are now unreachable, which flows:check reports first; the rule itself still holds.
		const found = checkSafety(copy).map((p) => p.path);
		for (const path of traps) expect(found, path).toContain(path);
	});

	it('marks every answer that says the measures worked or did not', () => {
		const copy = structuredClone(flow);
		const marked = copy.nodes.flatMap((n, i) =>
			n.kind === 'question' ? n.options.flatMap((o, j) => (o.effect ? [(delete o.effect, `$.nodes[${i}].options[${j}].effect`)] : [])) : []
		);
		const found = problems(copy).map((p) => p.path);
		for (const path of marked) expect(found, path).toContain(path);
	});
});

describe('the standard notes', () => {
	it('exist in bokmål and nynorsk with the day they were checked', () => {
		for (const key of SERVICE_NOTE_KEYS) {
			const note = SERVICE_NOTES[key];
			expect(note.text.nb.length, key).toBeGreaterThan(40);
			expect(note.text.nn.length, key).toBeGreaterThan(40);
			expect(note.text.nn, key).not.toMatch(/\b(ikke|jeg|hvis|fra|hvem)\b/);
			expect(note.checked, key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	it('say what the issue asks: no parents and 112 when abuse is suspected; the duty is personal and needs no consent', () => {
		expect(SERVICE_NOTES['abuse-exception'].text.nb).toMatch(/ikke involvere foreldrene.*112.*barnevernet/);
		const duty = SERVICE_NOTES['reporting-duty'].text;
		for (const words of ['personlig', 'grunn til å tro', 'mishandlet', 'alvorlig omsorgssvikt', 'krever ikke samtykke', 'anonymt'])
			expect(duty.nb).toContain(words);
		expect(SERVICE_NOTES['school-environment-law'].text.nb).toContain('1. august 2024');
		expect(SERVICE_NOTES['school-environment-law'].text.nb).toContain('kapittel 12');
	});

	it('are spelled out for a page in its language; a node\'s own notes keep their date and place', () => {
		const own = { text: { nb: 'Egen.', nn: 'Eiga.' }, checked: '2026-01-02', near: 'contacts' as const };
		expect(serviceNotes(['school-environment-law', own], 'nn')).toEqual([
			{ text: SERVICE_NOTES['school-environment-law'].text.nn, checked: SERVICE_NOTES['school-environment-law'].checked, near: 'deadlines' },
			{ text: 'Eiga.', checked: '2026-01-02', near: 'contacts' }
		]);
		expect(serviceNotes(undefined, 'nb')).toEqual([]);
	});
});
