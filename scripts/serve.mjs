// A small static server for the built site (used by the end-to-end tests and `npm run serve`).
// Unknown paths get the nearest 404.html up the folder tree (/nb/heim/404.html, /nb/404.html, /404.html)
// with status 404, as Cloudflare Pages does.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

/** The 404.html in the folder of `path` or the nearest one above it. */
async function nearestNotFound(root, path) {
	const parts = path.split(/[/\\]/).filter(Boolean).slice(0, -1);
	for (let i = parts.length; i > 0; i--) {
		const file = join(root, ...parts.slice(0, i), '404.html');
		if (await stat(file).then((s) => s.isFile(), () => false)) return file;
	}
	return join(root, '404.html');
}

/** Starts serving `root` on `port`; resolves with the server once it listens. */
export function serve(root, port, host = '127.0.0.1') {
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
		if (path.endsWith('/')) path += 'index.html';
		let file = join(root, path);
		let status = 200;
		try {
			const info = await stat(file);
			if (info.isDirectory()) {
				res.writeHead(308, { location: `${url.pathname}/${url.search}` }).end();
				return;
			}
		} catch {
			file = await nearestNotFound(root, path);
			status = 404;
		}
		try {
			const body = await readFile(file);
			res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
			res.end(req.method === 'HEAD' ? undefined : body);
		} catch {
			res.writeHead(500).end();
		}
	});
	return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.PORT ?? 4173);
	await serve(process.argv[2] ?? 'build', port);
	console.log(`Serving build/ on http://127.0.0.1:${port}/`);
}
