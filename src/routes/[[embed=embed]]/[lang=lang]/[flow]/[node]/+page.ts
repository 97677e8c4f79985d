import { stepPage } from '$lib/model-data';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => ({ page: await stepPage(fetch, params.lang, params.flow, params.node) });
