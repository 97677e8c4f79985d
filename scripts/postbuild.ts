// Static hosts serve the nearest 404.html up the folder tree for unknown paths (see README): copy the
// prerendered not-found pages there — the site's, each language's and each model's, framed or not.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { LOCALES } from '../src/lib/flow/schema';

const written: string[] = [];
function copy(from: string, to: string) {
	copyFileSync(`build/${from}/index.html`, `build/${to}`);
	written.push(to);
}

copy('nb/ikke-funnet', '404.html');
for (const prefix of ['', 'embed/'])
	for (const lang of LOCALES) {
		const notFound = `${prefix}${lang}/ikke-funnet`;
		copy(notFound, `${prefix}${lang}/404.html`);
		for (const model of readdirSync(`build/${notFound}`, { withFileTypes: true }))
			if (model.isDirectory() && existsSync(`build/${prefix}${lang}/${model.name}`)) copy(`${notFound}/${model.name}`, `${prefix}${lang}/${model.name}/404.html`);
	}
console.log(`postbuild: wrote ${written.length} not-found pages (build/404.html, build/nb/404.html, build/nb/<model>/404.html, …)`);
