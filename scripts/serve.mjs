// A small static server for the built site (used by the end-to-end tests and `npm run serve`).
// Unknown paths get /<lang>/404.html (or /404.html) with status 404, like a configured static host.
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
			const lang = url.pathname.split('/')[1];
			file = join(root, ['nb', 'nn'].includes(lang) ? `${lang}/404.html` : '404.html');
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
