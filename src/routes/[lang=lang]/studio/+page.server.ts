import { LOCALES } from '$lib/locales';
import { listed } from '$lib/server/flows';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LOCALES.map((lang) => ({ lang }));

/** The published models the studio can open, by title. */
export const load: PageServerLoad = ({ params }) => ({
	models: listed().map((f) => ({ id: f.id, title: f.title[params.lang] })).sort((a, b) => a.title.localeCompare(b.title, 'nb'))
});
