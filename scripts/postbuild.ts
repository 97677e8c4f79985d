// After the build, in the folder it wrote (BUILD_DIR, see svelte.config.js): the not-found pages where static hosts
// look for them, renamed models' redirects, the versioned host script, brand themes, each model's offline.json, and
// a service-worker.js that does not grow with the site.
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LOCALES } from '../src/lib/flow/schema';
import type { OfflineFiles } from '../src/lib/offline';

// Static hosts serve the nearest 404.html up the folder tree for unknown paths (see README): copy the
// prerendered not-found pages there — the site's, each language's and each model's, framed or not (/embed/ has
// its own, without the site's header and footer). Then the redirect pages of renamed models (flows/renamed.jsonc).
import { hostScript } from '../src/lib/server/host-script';
import { operatorFrom } from '../src/lib/server/operator';
import { writeThemes } from './themes';
import { flowFilesIn, renamedIn } from './flow-files';
import { writeRedirects } from './redirects';
import config, { BUILD } from '../svelte.config.js';

const base = config.kit?.paths?.base ?? '';

const written: string[] = [];
function copy(from: string, to: string) {
	copyFileSync(`${BUILD}/${from}/index.html`, `${BUILD}/${to}`);
	written.push(to);
}

copy('nb/ikke-funnet', '404.html');
copy('embed/nb/ikke-funnet', 'embed/404.html');
for (const prefix of ['', 'embed/'])
	for (const lang of LOCALES) {
		const notFound = `${prefix}${lang}/ikke-funnet`;
		copy(notFound, `${prefix}${lang}/404.html`);
		for (const model of readdirSync(`${BUILD}/${notFound}`, { withFileTypes: true }))
			if (model.isDirectory() && existsSync(`${BUILD}/${prefix}${lang}/${model.name}`)) copy(`${notFound}/${model.name}`, `${prefix}${lang}/${model.name}/404.html`);
	}
console.log(`postbuild: wrote ${written.length} not-found pages (${BUILD}/404.html, ${BUILD}/nb/404.html, ${BUILD}/nb/<model>/404.html, …)`);

const renamed = renamedIn('flows');
if (!renamed.ok) throw new Error(renamed.problems.map((p) => `${renamed.file}: ${p.path}: ${p.message}`).join('\n'));
const redirects = writeRedirects(BUILD, renamed.moves, base);
if (renamed.moves.size) console.log(`postbuild: wrote ${redirects} redirect pages for ${renamed.moves.size} renamed models (flows/renamed.jsonc)`);

// The host script's versioned copy, which the snippet names with its integrity hash.
copyFileSync(`${BUILD}/embed.js`, `${BUILD}/${hostScript(readFileSync(`${BUILD}/embed.js`)).file}`);

if (!operatorFrom(process.env))
	console.warn(
		'postbuild: warning: OPERATOR_NAME and OPERATOR_CONTACT are not set, so the privacy page and the accessibility statement say ' +
			'that no operator is given. Set them when you build the site for real use (see README, "Hosting and embedding").'
	);

// Each model that names its municipality's brand colour gets its accent as theme/<id>.css.
writeThemes(flowFilesIn('flows'), BUILD);

// What the service worker caches when a model is visited (src/service-worker.ts): the model's data files, and
// the page data the browser fetches when it moves to one of the model's pages that has some. Taken from what
// the build wrote, so the list holds every such file and only files that exist, framed (/embed/) or not.
/** Trainers' pages (overview diagram, slides, poster), not the worried employee's: cached when opened, not when a model is visited. */
const TRAINERS_ONLY = /^(oversikt|presentasjon|plakat)\//;
let models = 0;
for (const lang of LOCALES) {
	for (const flow of readdirSync(join(BUILD, lang))) {
		const dir = join(BUILD, lang, flow);
		if (!existsSync(join(dir, 'graph.json'))) continue;
		const files: OfflineFiles = {
			shared: readdirSync(dir)
				.filter((f) => f.endsWith('.json') && f !== 'offline.json')
				.sort(),
			pages: readdirSync(dir, { recursive: true, encoding: 'utf8' })
				// Trainers' pages are left out (about 28 KB of each first visit): they work offline once opened.
				.filter((f) => basename(f) === '__data.json' && !TRAINERS_ONLY.test(f))
				.sort()
		};
		for (const page of files.pages)
			if (!existsSync(join(BUILD, 'embed', lang, flow, page))) throw new Error(`postbuild: ${join(dir, page)} has no framed twin under ${BUILD}/embed/`);
		writeFileSync(join(dir, 'offline.json'), JSON.stringify(files));
		models++;
	}
}
console.log(`postbuild: wrote offline.json for ${models / LOCALES.length} models in ${LOCALES.length} languages`);

// SvelteKit's $service-worker module also lists every prerendered page. The worker does not use that list, but the
// minifier keeps an inert `base + ""` for each page (it cannot tell that adding to a string has no side effects),
// so service-worker.js would grow with every model. Those statements are dropped; `npm run bench` checks the size.
const worker = readFileSync(`${BUILD}/service-worker.js`, 'utf8');
const lean = worker.replace(/;(?:[A-Za-z_$][\w$]*\+``,)*[A-Za-z_$][\w$]*\+``;/g, ';');
writeFileSync(`${BUILD}/service-worker.js`, lean);
console.log(`postbuild: service-worker.js ${worker.length} → ${lean.length} bytes (the page list SvelteKit gives it, unused, left out)`);
