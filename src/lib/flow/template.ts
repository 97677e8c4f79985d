// The smallest useful model, for `npm run flows:new` and the studio's "Start fra mal": one level, two steps,
// a question and two outcomes, every text a marked placeholder in both languages. It passes flows:check as
// a draft; a published model may not keep a placeholder (validate.ts).
import type { Flow, Text } from './schema';

/** How a placeholder text begins, in both languages: "[Fyll inn: …]". */
export const PLACEHOLDER = '[Fyll inn';

export const isPlaceholder = (text: string) => text.trimStart().startsWith(PLACEHOLDER);

const fill = (nb: string, nn: string): Text => ({ nb: `${PLACEHOLDER}: ${nb}]`, nn: `${PLACEHOLDER}: ${nn}]` });

/** A new draft model with the id `id`, its source read on `today` ("YYYY-MM-DD"). */
export function templateFlow(id: string, today: string): Flow {
	return {
		$schema: './flow.schema.json',
		id,
		version: '0.1.0',
		status: 'draft',
		municipality: { name: fill('kommunens navn', 'namnet på kommunen') },
		title: fill('modellens navn', 'namnet på modellen'),
		description: fill('én setning om modellen', 'éi setning om modellen'),
		source: {
			url: null,
			title: fill('tittelen på kommunens side', 'tittelen på sida til kommunen'),
			publisher: null,
			read: today,
			language: 'nb'
		},
		shape: 'levels',
		start: 'trinn-1',
		levels: [
			{
				id: 'niva-1',
				label: { nb: 'Nivå 1', nn: 'Nivå 1' },
				title: fill('nivåets navn', 'namnet på nivået'),
				steps: [
					{ id: 'trinn-1', label: { nb: 'Trinn 1', nn: 'Trinn 1' }, title: fill('første trinn', 'første trinn') },
					{ id: 'trinn-2', label: { nb: 'Trinn 2', nn: 'Trinn 2' }, title: fill('andre trinn', 'andre trinn') }
				]
			}
		],
		contacts: [],
		tools: [],
		deadlines: [],
		nodes: [
			{
				kind: 'step',
				id: 'trinn-1',
				step: 'trinn-1',
				todo: [fill('hva den ansatte gjør på dette trinnet', 'kva den tilsette gjer på dette trinnet')],
				serviceNotes: ['reporting-duty'],
				next: 'trinn-2'
			},
			{
				kind: 'question',
				id: 'trinn-2',
				step: 'trinn-2',
				question: fill('spørsmålet den ansatte svarer på', 'spørsmålet den tilsette svarar på'),
				options: [
					{ id: 'svar-1', label: fill('første svar', 'første svar'), next: 'utfall-1' },
					{ id: 'svar-2', label: fill('andre svar', 'andre svar'), next: 'utfall-2' }
				]
			},
			{ kind: 'outcome', id: 'utfall-1', step: 'trinn-2', title: fill('hvor det første svaret ender', 'kvar det første svaret endar') },
			{ kind: 'outcome', id: 'utfall-2', step: 'trinn-2', title: fill('hvor det andre svaret ender', 'kvar det andre svaret endar') }
		]
	};
}
