import type { ParamMatcher } from '@sveltejs/kit';
import { LOCALES } from '$lib/flow/schema';

export const match = ((param: string) => (LOCALES as readonly string[]).includes(param)) satisfies ParamMatcher;
