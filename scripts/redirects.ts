// Renamed models (flows/renamed.jsonc): every page of the model, framed or not, in each language, is also written
// under its old id as a page that sends the browser on to the new address (a meta refresh, so any static host works).
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from '../src/lib/locales';
import nb from '../src/lib/i18n/nb.about.json' with { type: 'json' };
import nn from '../src/lib/i18n/nn.about.json' with { type: 'json' };

const MOVED: Record<Locale, { title: string; text: string; link: string }> = { nb: nb.moved, nn: nn.moved };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A page that sends the browser to `to` at once, and says so with a link for the rare browser that does not. */
export function redirectPage(to: string, lang: Locale): string {
	const { title, text, link } = MOVED[lang];
	const href = escape(to);
	return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'none'; style-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="referrer" content="no-referrer">
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${href}">
<title>${escape(title)}</title>
</head>
<body>
<main><h1>${escape(title)}</h1><p>${escape(text)} <a href="${href}">${escape(link)}</a></p></main>
</body>
</html>
`;
}

/** The folders under `dir` (itself included) that hold an index.html, as paths relative to `dir` ("", "steg-1"). */
function pagesUnder(dir: string, at = ''): string[] {
	const here = existsSync(join(dir, at, 'index.html')) ? [at] : [];
	const below = readdirSync(join(dir, at), { withFileTypes: true })
		.filter((e) => e.isDirectory())
		.flatMap((e) => pagesUnder(dir, at ? `${at}/${e.name}` : e.name));
	return [...here, ...below];
}

/**
 * Writes the redirect pages for `moves` (old id → new id) into the built site `build`, whose pages live under
 * `base` (SvelteKit's paths.base, "" or "/veiviser"). Returns the number of pages written.
 */
export function writeRedirects(build: string, moves: Map<string, string>, base = ''): number {
	let written = 0;
	for (const [old, to] of moves)
		for (const prefix of ['', 'embed/'])
			for (const lang of LOCALES) {
				const from = join(build, `${prefix}${lang}`, to);
				if (!existsSync(from)) continue;
				for (const page of pagesUnder(from)) {
					const dir = join(build, `${prefix}${lang}`, old, page);
					mkdirSync(dir, { recursive: true });
					const target = `${base}/${prefix}${lang}/${to}/${page ? `${page}/` : ''}`;
					writeFileSync(join(dir, 'index.html'), redirectPage(target, lang));
					written++;
				}
				// An unknown page under the old id gets the model's not-found page, as under the new one.
				if (existsSync(join(from, '404.html'))) copyFileSync(join(from, '404.html'), join(build, `${prefix}${lang}`, old, '404.html'));
			}
	return written;
}
