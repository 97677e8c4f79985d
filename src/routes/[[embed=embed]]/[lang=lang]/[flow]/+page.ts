import { dataPath } from '$lib/links';
import { getJson } from '$lib/model-data';
import type { Outline } from '$lib/flow/views';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => ({
	outline: await getJson<Outline>(fetch, dataPath(params.lang, params.flow, 'outline.json'))
});
