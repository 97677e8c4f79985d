import { LOCALES } from '$lib/flow/schema';

import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => LOCALES.map((lang) => ({ lang }));

