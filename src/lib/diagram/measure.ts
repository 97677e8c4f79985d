// Text measuring without a DOM: diagrams are laid out at build time (and, in the studio, in a web worker).

/**
 * Advance widths in em of DejaVu Sans, the widest font of the site's stack (system-ui on Debian; Segoe UI,
 * San Francisco, Roboto and Arial are narrower), measured in Chromium and rounded up per class of characters.
 * Bold is at most 12 % wider. `MARGIN` covers fonts and hinting we did not measure.
 */
const CLASSES: [RegExp, number][] = [[/ /, 0.34], [/[ijlIJ.,:;'!|]/, 0.4], [/[frt()/"-]/, 0.46], [/[mwæœMWÆŒ—…%@]/, 1], [/[A-ZÀ-Þ&+?]/, 0.8]];
const OTHER = 0.64, BOLD = 1.12, MARGIN = 1.04;

/** The estimated width of `text` in px at `size` px: never less than its width in any font of the stack. */
export function textWidth(text: string, size: number, bold = false): number {
	let em = 0;
	for (const c of text) em += CLASSES.find(([re]) => re.test(c))?.[1] ?? OTHER;
	return em * size * MARGIN * (bold ? BOLD : 1);
}

function greedy(words: string[], fits: (line: string) => boolean): string[] {
	const lines: string[] = [];
	for (const word of words) {
		const last = lines.at(-1);
		if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/**
 * Wraps `text` at spaces into lines no wider than `width` px (a longer word gets a line of its own), as evenly as
 * the same number of lines allows. Nothing is cut: `wrap(t, …).join(' ') === t`.
 */
export function wrap(text: string, width: number, size: number, bold = false): string[] {
	const words = text.split(' ');
	const fits = (max: number) => (line: string) => textWidth(line, size, bold) <= max;
	// A word wider than `width` widens the box anyway: then the other lines may be as wide.
	const floor = widest(words, size, bold);
	const lines = greedy(words, fits(Math.max(width, floor)));
	let best = lines;
	for (let w = Math.max(width, floor) - 8; lines.length > 1 && w >= floor; w -= 8) {
		const tighter = greedy(words, fits(w));
		if (tighter.length !== lines.length) break;
		best = tighter;
	}
	return best;
}

/** The width of the widest line. */
export const widest = (lines: string[], size: number, bold = false) => Math.max(0, ...lines.map((l) => textWidth(l, size, bold)));
