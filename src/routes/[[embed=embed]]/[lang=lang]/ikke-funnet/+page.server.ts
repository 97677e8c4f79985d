import { LOCALES } from '$lib/locales';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => LOCALES.map((lang) => ({ lang }));
