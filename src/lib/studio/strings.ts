// The studio's own strings (src/lib/i18n/studio/), used by its page and its app only, not by the wizard's pages.
import type { Translate } from '$lib/i18n';
import { lookup } from '$lib/i18n';
import nbPages from '$lib/i18n/nb.pages.json';
import nnPages from '$lib/i18n/nn.pages.json';
import nb from '$lib/i18n/studio/nb.json';
import nn from '$lib/i18n/studio/nn.json';
import type { Locale } from '$lib/locales';

// The phases' names are the comparison page's (compare.phase.*), so a step's phase reads the same in both places.
const strings = {
	nb: { ...nb, compare: { phase: nbPages.compare.phase } },
	nn: { ...nn, compare: { phase: nnPages.compare.phase } }
};

export const studioStrings = (locale: Locale): Translate => lookup(strings[locale]);
