import { LOCALES } from '$lib/locales';
import { flowSummaries } from '$lib/server/flows';
import { hostScript } from '$lib/server/host-script';
import source from '/static/embed.js?raw';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LOCALES.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => ({ flows: flowSummaries(params.lang), hostScript: hostScript(source) });
