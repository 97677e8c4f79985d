// The not-found pages: the site's (/nb/ikke-funnet/) and each model's (/nb/ikke-funnet/kongsvinger/), which
// also offers the model's front page. scripts/postbuild.ts copies them to the 404.html files hosts serve.
import { flowEntries, localFlow, localeEntries } from '$lib/server/flows';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...localeEntries(), ...flowEntries()];

export const load: PageServerLoad = ({ params }) => ({
	model: params.flow ? { id: params.flow, title: localFlow(params.flow, params.lang).title } : undefined
});
