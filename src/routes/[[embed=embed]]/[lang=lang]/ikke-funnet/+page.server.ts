import { localeEntries } from '$lib/server/flows';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = localeEntries;
