// Screenshots of every model's overview diagram at 1 280 px, for judging the layout by eye:
//   npm run build && npm run diagrams:screenshots   (writes docs/diagrams/<flow id>.png)
// Serves build/ on a free port and uses Debian's Chromium (CHROMIUM_PATH to use another).
import { chromium } from '@playwright/test';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'diagrams');
const ids = readdirSync(join(ROOT, 'flows'))
	.filter((f) => f.endsWith('.json') && f !== 'flow.schema.json')
	.map((f) => f.slice(0, -'.json'.length));

mkdirSync(OUT, { recursive: true });
const server = await serve(join(ROOT, 'build'), 0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	for (const id of ids) {
		const response = await page.goto(`${base}/nb/${id}/oversikt/`);
		if (!response?.ok()) throw new Error(`${id}: the overview page answered ${response?.status()}; run npm run build first`);
		const diagram = page.locator('.diagram-scroll svg');
		await diagram.screenshot({ path: join(OUT, `${id}.png`) });
		const { width, height } = (await diagram.boundingBox()) ?? {};
		console.log(`docs/diagrams/${id}.png  ${Math.round(width)} × ${Math.round(height)} px`);
	}
} finally {
	await browser.close();
	server.close();
}
