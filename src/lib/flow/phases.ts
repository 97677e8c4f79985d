// Phases that steps of different models share, whatever each model calls them: the wonder or worry is noticed and
// put into words, shared with a leader, talked over with the parents or the child, the next step decided, measures
// planned and carried out, their effect evaluated, the case closed. The service's grouping, not the seeds' words.
// Kept apart from the zod schema, so the comparison page (compare.ts in the browser) doesn't ship zod.
export const PHASES = ['notice', 'share', 'parents', 'decide', 'measures', 'evaluate', 'close'] as const;
export type Phase = (typeof PHASES)[number];
