// The two written standards of Norwegian the app speaks. Kept apart from the zod schema, so pages don't ship zod.
export const LOCALES = ['nb', 'nn'] as const;
export type Locale = (typeof LOCALES)[number];
