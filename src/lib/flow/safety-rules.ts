// The service's safety rules, checked by flows:check on every flow, present and future. They read the
// text a page shows (both languages), so a new model cannot forget them:
// 1. A page that tells staff to contact, inform or involve the parents carries "abuse-exception".
// 2. The first page, and every page where barnevernet or consent (samtykke) comes up, carries "reporting-duty".
// 3. A page that cites "§9a" carries "school-environment-law".
// 4. An answer that says the measures worked or did not is marked ("effect"), and after "not-worked" the
//    user can reach a later step, another level or an ending that is not "resolved" without answering
//    "worked" on the way: going back to try again is fine, being stuck until one says it worked is not.
import { choices } from './engine';
import type { Flow, Node } from './schema';
import type { ServiceNoteKey } from './service-notes';
import type { Problem } from './validate';

/** Parents, in bokmål and nynorsk: foreldre, forelder, foresatte, føresette, omsorgsgiver, heimen, hjemmet. */
const PARENTS = /(?<!\p{L})(foreldr\p{L}*|forelder\p{L}*|foresatt\p{L}*|føresett\p{L}*|omsorgsgi\p{L}*|omsorgsgje\p{L}*|heimen|hjemmet)/iu;
/** Contacting, informing or involving someone. */
const INVOLVE = /(kontakt|informer|involver|(?<!\p{L})del(?:e|er)?\s|samtal|samarbeid|inviter|dialog|møte|oppdater|(?<!\p{L})ta\s(?:\S+\s){0,2}opp|tenk\p{L}*\sh(?:øy|ø)gt|snakk)/iu;
const CHILD_WELFARE = /barnevern\p{L}*|samtykk\p{L}*/iu;
const SECTION_9A = /§\s*9\s*a(?!\p{L})|(?<!\p{L})9\s*a-sak/iu;
/** An answer saying the measures did not work, or did ("Tiltakene har hatt ønsket effekt"). */
const NOT_WORKED = /(ikke|ikkje)\s(?:\S+\s){0,3}(ønsket|ønskt)\seffekt|(ikke|ikkje)\s(?:\S+\s)?effekt|fungerer\s(ikke|ikkje)|(ikke|ikkje)\s(oppnådd|nådd|fått det)/iu;
const WORKED = /(?<!(ikke|ikkje)\s)(har hatt|har fått|har gitt)\s(ønsket|ønskt)\seffekt/iu;
/** A question about whether the measures worked, answered "Ja" or "Nei". */
const EFFECT_QUESTION = /effekt|fungerer det|oppnådd|nådd det|fått det (bedre|betre)|positive utvikling/iu;

type Texts = { nb: string; nn: string };

/** The text a node's page shows of its own: heading, intro, todo, notes, warnings, answers. */
function ownText(flow: Flow, node: Node): Texts[] {
	const out: Texts[] = [...(node.intro ?? []), ...(node.todo ?? []), ...(node.notes ?? []), ...(node.warnings ?? [])];
	if (node.kind === 'question') out.push(node.question, ...node.options.flatMap((o) => [o.label, ...(o.hint ? [o.hint] : [])]));
	if (node.kind === 'outcome' || (node.kind === 'step' && node.title)) out.push(node.title!);
	else if (node.kind === 'step') {
		const step = flow.levels.flatMap((l) => l.steps).find((s) => s.id === node.step);
		if (step) out.push(step.title);
	}
	return out;
}

/** The text of the tables a node refers to: its contacts, tools and deadlines. */
function referencedText(flow: Flow, node: Node): Texts[] {
	const pick = <T extends { id: string }>(table: T[], ids: string[] = []) => ids.map((id) => table.find((x) => x.id === id)).filter((x): x is T => !!x);
	return [
		...pick(flow.contacts, node.contacts?.map((c) => c.id)).flatMap((c) => [c.name, ...(c.role ? [c.role] : [])]),
		...(node.contacts ?? []).flatMap((c) => (c.why ? [c.why] : [])),
		...pick(flow.tools, node.tools).flatMap((t) => [t.name, ...(t.description ? [t.description] : [])]),
		...pick(flow.deadlines, node.deadlines).flatMap((d) => [d.rule, ...(d.when ? [d.when] : [])])
	];
}

/** Sentences of both languages; a rule that needs two words finds them in the same sentence. */
const sentences = (texts: Texts[]) => texts.flatMap((t) => [t.nb, t.nn]).flatMap((p) => p.split(/(?<=[.!?;])\s+|\n/));

const has = (node: Node, key: ServiceNoteKey) => node.serviceNotes?.includes(key) ?? false;

export function checkSafety(flow: Flow): Problem[] {
	const problems: Problem[] = [];
	const require = (i: number, node: Node, key: ServiceNoteKey, why: string) => {
		if (!has(node, key))
			problems.push({ path: `$.nodes[${i}].serviceNotes`, message: `The node "${node.id}" ${why}, so its "serviceNotes" must include "${key}".` });
	};
	flow.nodes.forEach((node, i) => {
		const own = sentences(ownText(flow, node));
		const all = [...own, ...sentences(referencedText(flow, node))];
		const involving = own.find((s) => PARENTS.test(s) && INVOLVE.test(s));
		if (involving)
			require(i, node, 'abuse-exception', `tells staff to involve the parents (it says "${PARENTS.exec(involving)![0]}" and "${INVOLVE.exec(involving)![0].trim()}")`);
		if (node.id === flow.start) require(i, node, 'reporting-duty', 'is the first page');
		else {
			const welfare = all.find((s) => CHILD_WELFARE.test(s));
			if (welfare) require(i, node, 'reporting-duty', `mentions "${CHILD_WELFARE.exec(welfare)![0]}"`);
		}
		if (all.some((s) => SECTION_9A.test(s))) require(i, node, 'school-environment-law', 'cites §9a of the old education act');
		if (node.kind === 'question') checkEffects(flow, node, i, problems);
	});
	return problems;
}

function checkEffects(flow: Flow, question: Extract<Node, { kind: 'question' }>, i: number, problems: Problem[]) {
	const effectQuestion = EFFECT_QUESTION.test(question.question.nb) || EFFECT_QUESTION.test(question.question.nn);
	question.options.forEach((option, j) => {
		const at = `$.nodes[${i}].options[${j}]`;
		const text = [option.label.nb, option.label.nn, option.hint?.nb ?? '', option.hint?.nn ?? ''].join('\n');
		const yesNo = /^(ja|nei)(?!\p{L})/iu.exec(option.label.nb)?.[1].toLowerCase();
		const says = NOT_WORKED.test(option.label.nb) || (effectQuestion && yesNo === 'nei') ? 'not-worked' : WORKED.test(text) || (effectQuestion && yesNo === 'ja') ? 'worked' : undefined;
		if (says && option.effect !== says)
			problems.push({ path: `${at}.effect`, message: `The answer "${option.id}" says the measures ${says === 'worked' ? 'worked' : 'did not work'}, so it must be marked "effect": "${says}".` });
		if (option.effect === 'not-worked' && !leadsOn(flow, question, option.next))
			problems.push({
				path: `${at}.next`,
				message: `After the answer "${option.id}" (did not work) the user cannot reach a later step, another level or an ending that is not "resolved" without answering that the measures worked.`
			});
	});
}

/** From `start`, without an answer marked "worked": a later step than the question's, another level, or an open ending. */
function leadsOn(flow: Flow, question: Node, start: string): boolean {
	const place = (stepId?: string) => {
		for (const [level, l] of flow.levels.entries()) {
			const index = l.steps.findIndex((s) => s.id === stepId);
			if (index >= 0) return { level, index };
		}
		return undefined;
	};
	const from = place(question.step);
	const nodes = new Map(flow.nodes.map((n) => [n.id, n]));
	const seen = new Set<string>();
	const queue = [start];
	while (queue.length) {
		const node = nodes.get(queue.pop()!);
		if (!node || seen.has(node.id)) continue;
		seen.add(node.id);
		if (node.kind === 'outcome' && node.ending !== 'resolved') return true;
		const here = place(node.step);
		if (from && here && (here.level !== from.level || here.index > from.index)) return true;
		const worked = new Set(node.kind === 'question' ? node.options.filter((o) => o.effect === 'worked').map((o) => o.id) : []);
		queue.push(...choices(node).filter((c) => !worked.has(c.id)).map((c) => c.next));
	}
	return false;
}
