// Static hosts serve the nearest 404.html up the folder tree for unknown paths (see README): copy the
// prerendered not-found pages there — the site's, each language's and each model's, framed or not (/embed/ has
// its own, without the site's header and footer). Then the redirect pages of renamed models (flows/renamed.jsonc).
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { hostScript } from '../src/lib/server/host-script';
import { operatorFrom } from '../src/lib/server/operator';
import { writeThemes } from './themes';
import { LOCALES } from '../src/lib/flow/schema';
import { flowFilesIn, renamedIn } from './flow-files';
import { writeRedirects } from './redirects';
import config from '../svelte.config.js';

/** Where the site was written (svelte.config.js: BUILD_DIR, build/ by default). */
const BUILD = process.env.BUILD_DIR ?? 'build';
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
