// Picks one language out of a bilingual flow, so a page carries only the text it shows.
import type { Locale, Text } from './schema';

/** The type of a flow (or any part of it) with every {nb, nn} text replaced by a string. */
export type Localized<T> = T extends Text
	? string
	: T extends readonly (infer U)[]
		? Localized<U>[]
		: T extends object
			? { [K in keyof T]: Localized<T[K]> }
			: T;

function isText(value: object): value is Text {
	const keys = Object.keys(value);
	return keys.length === 2 && 'nb' in value && 'nn' in value;
}

export function localize<T>(value: T, locale: Locale): Localized<T> {
	if (Array.isArray(value)) return value.map((v) => localize(v, locale)) as Localized<T>;
	if (typeof value === 'object' && value !== null) {
		if (isText(value)) return value[locale] as Localized<T>;
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v, locale)])) as Localized<T>;
	}
	return value as Localized<T>;
}
