// A model's brand colour as the accent of Designsystemet's light theme: the 16 --ds-color-accent-* variables,
// in the brand's hue, with contrast that meets WCAG AA whatever the colour. @digdir/designsystemet can generate
// a scale too, but it would bring a CLI and style-dictionary into the build for these few lines.
// Written into build/theme/<model>.css by scripts/postbuild.ts; the model's pages link it.

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`A brand colour is "#rrggbb", not "${hex}".`);
	return [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255) as Rgb;
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c * 255).toString(16).padStart(2, '0')).join('')}`;

/** WCAG relative luminance of "#rrggbb". */
export function luminance(hex: string): number {
	const [r, g, b] = parseHex(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
	const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
	return (x + 0.05) / (y + 0.05);
}

function hsl(rgb: Rgb): [number, number] {
	const max = Math.max(...rgb);
	const min = Math.min(...rgb);
	const l = (max + min) / 2;
	const d = max - min;
	if (d === 0) return [0, 0];
	const s = d / (1 - Math.abs(2 * l - 1));
	const [r, g, b] = rgb;
	const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
	return [h * 60, s];
}

function fromHsl(h: number, s: number, l: number): Rgb {
	const c = (1 - Math.abs(2 * l - 1)) * s;
	const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
	const m = l - c / 2;
	const [r, g, b] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
	return [r + m, g + m, b + m];
}

/** The colour of hue `h` and saturation `s` whose luminance is `target` or just below it (lightness by halving). */
function shade(h: number, s: number, target: number): string {
	let [lo, hi] = [0, 1];
	for (let i = 0; i < 30; i++) {
		const mid = (lo + hi) / 2;
		if (luminance(toHex(fromHsl(h, s, mid))) > target) hi = mid;
		else lo = mid;
	}
	return toHex(fromHsl(h, s, lo));
}

/** Luminance with contrast `ratio` below white (1.05 / ratio − 0.05). */
const belowWhite = (ratio: number) => 1.05 / ratio - 0.05;

/** The accent variables for a brand colour "#rrggbb". Every text pair has at least 4.5:1, borders 3:1. */
export function brandTheme(brand: string): Record<string, string> {
	const [h, s] = hsl(parseHex(brand));
	const dark = shade(h, s, 0.012);
	// The brand itself where white or dark text on it reaches 4.5:1; otherwise darkened until white does.
	const onWhite = contrast(brand, '#ffffff') >= 4.5;
	const onDark = !onWhite && contrast(brand, dark) >= 4.5;
	const base = onWhite || onDark ? brand.toLowerCase() : shade(h, s, belowWhite(4.5));
	const text = onDark ? dark : '#ffffff';
	// Hover and active darken the base, but dark text keeps 4.5:1 (a base just light enough stays as it is).
	const floor = onDark ? (luminance(dark) + 0.05) * 4.5 - 0.05 + 0.005 : 0;
	const darker = (f: number) => (luminance(base) * f > floor ? shade(h, s, luminance(base) * f) : base);
	const tinted = shade(h, s, 0.93);
	const active = shade(h, s, 0.7);
	/** A shade with contrast `ratio` (or a little more) below `over`. */
	const below = (over: string, ratio: number) => shade(h, s, (luminance(over) + 0.05) / ratio - 0.05);
	return {
		'background-default': '#ffffff',
		'background-tinted': tinted,
		'surface-default': '#ffffff',
		'surface-tinted': shade(h, s, 0.85),
		'surface-hover': shade(h, s, 0.78),
		'surface-active': active,
		'border-subtle': shade(h, s, 0.5),
		// 3:1 against the tinted background; text 4.5:1 against the active surface, the darkest it sits on.
		'border-default': below(tinted, 3),
		'border-strong': below(active, 4.5),
		'text-subtle': below(active, 4.5),
		'text-default': below(active, 7),
		'base-default': base,
		'base-hover': darker(0.8),
		'base-active': darker(0.65),
		'base-contrast-subtle': text,
		'base-contrast-default': text
	};
}

/**
 * The stylesheet a model's pages link: the accent for its brand colour. Unlayered, it wins over the theme's
 * layers; on :root and [data-color-scheme] (the body), where the theme sets the accent.
 */
export function themeCss(brand: string): string {
	const vars = Object.entries(brandTheme(brand)).map(([name, value]) => `--ds-color-accent-${name}:${value}`);
	return `:root,[data-color-scheme]{${vars.join(';')}}\n`;
}
