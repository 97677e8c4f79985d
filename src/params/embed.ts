import type { ParamMatcher } from '@sveltejs/kit';

export const match = ((param: string): param is 'embed' => param === 'embed') satisfies ParamMatcher;
