import type { ParamMatcher } from '@sveltejs/kit';
import { isLocale } from '$lib/links';
import type { Locale } from '$lib/locales';

export const match = ((param: string): param is Locale => isLocale(param)) satisfies ParamMatcher;
