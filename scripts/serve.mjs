// A small static server for the built site (used by the end-to-end tests and `npm run preview`), sending
// the headers the README's hosting guide asks of a real host. Unknown paths get the nearest 404.html up
// the folder tree (/nb/heim/404.html, /nb/404.html, /404.html) with status 404, as Cloudflare Pages does;
// malformed paths get 400.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

/** The hosting headers for a path (see README, "Hosting"). `frameAncestors`: who may frame /embed/ pages. */
export function headersFor(path, frameAncestors = '*') {
	return {
		'content-security-policy': `frame-ancestors ${path.startsWith('/embed/') ? frameAncestors : "'self'"}`,
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'no-referrer',
		'strict-transport-security': 'max-age=31536000',
		'cache-control': path.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache',
		// Municipalities' pages load the host script as a module or check its integrity hash: both need CORS.
		...(HOST_SCRIPT.test(path) ? { 'access-control-allow-origin': '*' } : {})
	};
}

/** The host script municipalities include: /embed.js, and its versioned copies /embed.<hash>.js. */
export const HOST_SCRIPT = /^\/embed(\.[0-9a-f]+)?\.js$/;

/** The segments of a request path, decoded; undefined for a path no page can have (bad escapes, "..", "//", "\", NUL). */
export function segments(pathname) {
	if (!pathname.startsWith('/')) return undefined;
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const parts = decoded.slice(1).split('/');
	const last = parts.length - 1;
	const bad = (part, i) => (part === '' && i !== last) || part === '.' || part === '..' || /[\\\0]/.test(part);
	return parts.some(bad) ? undefined : parts;
}

/** The 404.html in the folder of the path `parts` or the nearest one above it. */
async function nearestNotFound(base, parts) {
	for (let i = parts.length - 1; i > 0; i--) {
		const file = join(base, ...parts.slice(0, i), '404.html');
		if (await stat(file).then((s) => s.isFile(), () => false)) return file;
	}
	return join(base, '404.html');
}

/**
 * Starts serving `root` on `port`; resolves with the server once it listens. `base`: the site's base path
 * ("/veiviser" for a build with BASE_PATH=/veiviser); other paths are not found.
 */
export function serve(root, port, host = '127.0.0.1', { frameAncestors = '*', base: sitePath = '' } = {}) {
	if (!/^[^;,\r\n]+$/.test(frameAncestors)) throw new Error(`FRAME_ANCESTORS must be a list of sources, like "'self' https://kommune.no"`);
	if (sitePath && !/^(\/[a-z0-9-]+)+$/.test(sitePath)) throw new Error(`BASE_PATH must be like "/veiviser", not "${sitePath}"`);
	const base = resolve(root);
	const server = createServer(async (req, res) => {
		const send = (status, headers = {}, body = '') => {
			res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
			res.end(req.method === 'HEAD' ? undefined : body);
		};
		try {
			if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { allow: 'GET, HEAD' });
			const target = req.url ?? '/';
			const query = target.indexOf('?');
			const full = query < 0 ? target : target.slice(0, query);
			// Under a base path, "/veiviser" itself goes to "/veiviser/", and what lies outside it is not found.
			if (sitePath && full === sitePath) return send(308, { ...headersFor('/'), location: `${sitePath}/` });
			const pathname = sitePath ? (full.startsWith(`${sitePath}/`) ? full.slice(sitePath.length) : '/.outside') : full;
			const search = query < 0 ? '' : target.slice(query);
			const parts = segments(pathname);
			if (!parts || /[^\x21-\x7e]/.test(search)) return send(400, { ...headersFor('/'), 'content-type': TYPES['.txt'] }, 'Bad request\n');
			// The clean path: one leading slash, each segment escaped again, so a redirect can only stay on this site.
			const clean = `/${parts.map(encodeURIComponent).join('/')}`;
			const headers = headersFor(clean, frameAncestors);
			let file = join(base, ...parts, clean.endsWith('/') ? 'index.html' : '');
			let status = 200;
			try {
				if (!file.startsWith(base + sep)) throw new Error('outside the root');
				if ((await stat(file)).isDirectory()) return send(308, { ...headers, location: `${sitePath}${clean}/${search}` });
			} catch {
				file = await nearestNotFound(base, parts);
				status = 404;
			}
			const body = await readFile(file);
			send(status, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }, body);
		} catch {
			if (!res.headersSent) send(500);
			else res.destroy();
		}
	});
	return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.PORT ?? 4173);
	const base = process.env.BASE_PATH ?? '';
	await serve(process.argv[2] ?? 'build', port, '127.0.0.1', { frameAncestors: process.env.FRAME_ANCESTORS, base });
	console.log(`Serving ${process.argv[2] ?? 'build'}/ on http://127.0.0.1:${port}${base}/`);
}
