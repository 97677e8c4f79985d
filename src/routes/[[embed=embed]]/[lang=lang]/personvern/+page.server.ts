import { localeEntries } from '$lib/server/flows';
import { operator } from '$lib/server/operator';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = localeEntries;

export const load: PageServerLoad = () => ({ operator });
