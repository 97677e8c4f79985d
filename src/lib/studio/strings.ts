// The studio's own strings (src/lib/i18n/studio/), used by its page and its app only, not by the wizard's pages.
import type { Translate } from '$lib/i18n';
import { lookup } from '$lib/i18n';
import nb from '$lib/i18n/studio/nb.json';
import nn from '$lib/i18n/studio/nn.json';
import type { Locale } from '$lib/locales';

export const studioStrings = (locale: Locale): Translate => lookup(locale === 'nb' ? nb : nn);
