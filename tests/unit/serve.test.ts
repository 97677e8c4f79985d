// The static server (scripts/serve.mjs) under raw, hostile requests, and the hosting headers it sends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Server } from 'node:http';
import { serve } from '../../scripts/serve.mjs';

interface Reply {
	status: number;
	headers: Record<string, string>;
	body: string;
}

let root: string;
let server: Server;
let port: number;

/** Sends `target` exactly as written (no client cleans it up) and reads the whole reply. */
function raw(target: string, method = 'GET'): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const socket = connect(port, '127.0.0.1', () =>
			socket.write(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)
		);
		let text = '';
		socket.setEncoding('latin1');
		socket.on('data', (chunk) => (text += chunk));
		socket.on('error', reject);
		socket.on('end', () => {
			const [head, ...body] = text.split('\r\n\r\n');
			const [statusLine, ...lines] = head.split('\r\n');
			const headers = Object.fromEntries(
				lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()])
			);
			resolve({ status: Number(statusLine.split(' ')[1]), headers, body: body.join('\r\n\r\n') });
		});
	});
}

const FILES: Record<string, string> = {
	'index.html': 'root page',
	'404.html': 'not found',
	'nb/index.html': 'nb start',
	'nb/404.html': 'nb not found',
	'nb/heim/index.html': 'heim',
	'nb/heim/__data.json': '{"type":"data"}',
	'embed/nb/heim/index.html': 'embedded heim',
	'_app/immutable/entry/app.abc123.js': 'export {}',
	'_app/version.json': '{"version":"1"}',
	'service-worker.js': 'self',
	'embed.js': 'embed',
	'embed.0123abcd.js': 'embed, versioned',
	'embed-frame.js': 'framed'
};

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'undring-serve-'));
	for (const [path, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(root, 'site', path)), { recursive: true });
		writeFileSync(join(root, 'site', path), text);
	}
	// A file next to the served folder, which no request may reach.
	writeFileSync(join(root, 'secret.txt'), 'secret');
	server = await serve(join(root, 'site'), 0);
	port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
	rmSync(root, { recursive: true, force: true });
});

describe('the static server', () => {
	it('serves files, directories with a trailing slash, and redirects a directory without one', async () => {
		expect(await raw('/nb/heim/')).toMatchObject({ status: 200, body: 'heim' });
		expect(await raw('/')).toMatchObject({ status: 200, body: 'root page' });
		const redirect = await raw('/nb/heim?x=1');
		expect(redirect.status).toBe(308);
		expect(redirect.headers.location).toBe('/nb/heim/?x=1');
	});

	it('answers unknown paths with the 404 page of the language, or the root one', async () => {
		expect(await raw('/nb/finnes-ikke/')).toMatchObject({ status: 404, body: 'nb not found' });
		expect(await raw('/finnes-ikke')).toMatchObject({ status: 404, body: 'not found' });
	});

	it('answers 400 to an escape that is not UTF-8 (GET /%ff crashed it) and keeps serving', async () => {
		for (const target of ['/%ff', '/%', '/nb/%E0%A4%A', '/%ff/'])
			expect((await raw(target)).status, target).toBe(400);
		expect((await raw('/nb/heim/')).status).toBe(200);
	});

	it('never sends a protocol-relative Location (/.//evil.example/..%2fnb redirected to //evil.example/…)', async () => {
		for (const target of ['/.//evil.example/..%2fnb', '//evil.example/..%2fnb', '//evil.example/nb', '/%2fevil.example/nb']) {
			const reply = await raw(target);
			expect(reply.status, target).toBe(400);
			expect(reply.headers.location, target).toBeUndefined();
		}
	});

	it('redirects from the cleaned path only', async () => {
		// An escaped but harmless path: the Location is the same path, escaped again, under this site.
		const reply = await raw('/n%62/heim');
		expect(reply.status).toBe(308);
		expect(reply.headers.location).toBe('/nb/heim/');
	});

	it('refuses path traversal, encoded or not, with backslashes or NUL', async () => {
		for (const target of ['/../secret.txt', '/nb/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/nb/..%5c..%5csecret.txt', '/%00', '/nb/%5c'])
			expect(await raw(target), target).toMatchObject({ status: 400 });
		// A request target that is not a path at all.
		expect((await raw('secret.txt')).status).toBe(400);
		expect((await raw('http://evil.example/')).status).toBe(400);
	});

	it('answers only GET and HEAD', async () => {
		expect(await raw('/nb/heim/', 'HEAD')).toMatchObject({ status: 200, body: '' });
		const post = await raw('/nb/heim/', 'POST');
		expect(post.status).toBe(405);
		expect(post.headers.allow).toBe('GET, HEAD');
	});
});

describe('the hosting headers', () => {
	it('on every page: nosniff, no referrer, HSTS', async () => {
		for (const target of ['/', '/nb/heim/', '/embed/nb/heim/', '/nb/finnes-ikke/', '/_app/immutable/entry/app.abc123.js']) {
			const { headers } = await raw(target);
			expect(headers['x-content-type-options'], target).toBe('nosniff');
			expect(headers['referrer-policy'], target).toBe('no-referrer');
			expect(headers['strict-transport-security'], target).toBe('max-age=31536000');
		}
	});

	it("lets only the site itself frame its pages, and anyone frame /embed/ (the default)", async () => {
		expect((await raw('/nb/heim/')).headers['content-security-policy']).toBe("frame-ancestors 'self'");
		expect((await raw('/')).headers['content-security-policy']).toBe("frame-ancestors 'self'");
		expect((await raw('/embed.js')).headers['content-security-policy']).toBe("frame-ancestors 'self'");
		expect((await raw('/embed/nb/heim/')).headers['content-security-policy']).toBe('frame-ancestors *');
		expect((await raw('/embed/nb/finnes-ikke/')).headers['content-security-policy']).toBe('frame-ancestors *');
	});

	it('sends a configured allowlist on /embed/ (FRAME_ANCESTORS) and refuses one that could inject a directive', async () => {
		const own = await serve(join(root, 'site'), 0, '127.0.0.1', { frameAncestors: "'self' https://kommune.no" });
		try {
			const reply = await fetch(`http://127.0.0.1:${(own.address() as AddressInfo).port}/embed/nb/heim/`);
			expect(reply.headers.get('content-security-policy')).toBe("frame-ancestors 'self' https://kommune.no");
		} finally {
			await new Promise((resolve) => own.close(resolve));
		}
		expect(() => serve(join(root, 'site'), 0, '127.0.0.1', { frameAncestors: "*; script-src 'unsafe-inline'" })).toThrow(/FRAME_ANCESTORS/);
	});

	it('caches hashed files for a year and makes everything else ask again', async () => {
		expect((await raw('/_app/immutable/entry/app.abc123.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
		for (const target of ['/nb/heim/', '/nb/heim/__data.json', '/service-worker.js', '/_app/version.json', '/embed.js', '/nb/finnes-ikke/'])
			expect((await raw(target)).headers['cache-control'], target).toBe('no-cache');
	});

	it('lets any site load the host script, as a module or checked by its integrity hash (CORS), and nothing else', async () => {
		for (const target of ['/embed.js', '/embed.0123abcd.js'])
			expect((await raw(target)).headers['access-control-allow-origin'], target).toBe('*');
		for (const target of ['/nb/heim/', '/embed/nb/heim/', '/embed-frame.js', '/_app/version.json'])
			expect((await raw(target)).headers['access-control-allow-origin'], target).toBeUndefined();
	});

	it('sends the right content types', async () => {
		expect((await raw('/nb/heim/')).headers['content-type']).toBe('text/html; charset=utf-8');
		expect((await raw('/nb/heim/__data.json')).headers['content-type']).toBe('application/json; charset=utf-8');
		expect((await raw('/_app/immutable/entry/app.abc123.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
	});
});

describe('a site built under a base path (BASE_PATH=/veiviser)', () => {
	it('is served under it, and nothing outside it', async () => {
		const own = await serve(join(root, 'site'), 0, '127.0.0.1', { base: '/veiviser' });
		const at = (path: string) => fetch(`http://127.0.0.1:${(own.address() as AddressInfo).port}${path}`, { redirect: 'manual' });
		try {
			const page = await at('/veiviser/nb/heim/');
			expect([page.status, await page.text()]).toEqual([200, 'heim']);
			expect((await at('/nb/heim/')).status).toBe(404);
			expect((await at('/veiviser')).headers.get('location')).toBe('/veiviser/');
			expect((await at('/veiviser/nb')).headers.get('location')).toBe('/veiviser/nb/');
			const missing = await at('/veiviser/nb/finnes-ikke/');
			expect([missing.status, await missing.text()]).toEqual([404, 'nb not found']);
		} finally {
			await new Promise((resolve) => own.close(resolve));
		}
		expect(() => serve(join(root, 'site'), 0, '127.0.0.1', { base: 'veiviser/' })).toThrow(/BASE_PATH/);
	});
});
