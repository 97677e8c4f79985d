// Benchmarks and the size budget for the built site.
//
//   npm run size    (node scripts/bench.mjs --size)  sizes of first views against the budget, and the
//                   no-JavaScript check. Fast; meant to run inside `npm test` after the build.
//   npm run bench   (node scripts/bench.mjs)         a fresh `npm run build` (timed), the sizes, builds with 10, 45
//                   and 400 models (pages, build CPU, output, first views, service worker, first visit), step
//                   change time, Lighthouse. The 400-model build takes a long time (about 6 ms of CPU per page).
//
// Options: --verbose (list every file of every page), --only=size,scale,step,lighthouse (bench sections),
// --models=10,45,400 (models in all, for the scale builds).
// Writes bench-results/bench.json (or bench-results/size.json with --size). Exits 1 when a budget or an
// assertion fails; every failure is named in the last lines of the output.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { firstVisit } from './first-visit.mjs';
import { serve } from './serve.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench-results');
const args = process.argv.slice(2);
const SIZE_ONLY = args.includes('--size');
const VERBOSE = args.includes('--verbose') || args.includes('-v');
const ONLY = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const want = (section) => (SIZE_ONLY ? section === 'size' : !ONLY || ONLY.includes(section));

const KB = 1024;
const BUDGET = { critical: 30 * KB, total: 60 * KB };
/** Budgeted pages (fail when over) and pages that are only reported. */
const PAGES = [
	{ name: 'start page', path: '/nb/', budget: true },
	{ name: 'deep step page', path: '/nb/kongsvinger/niva-2-evaluering-beslutning/', budget: true },
	{ name: 'step page (nn)', path: '/nn/handlingsforlop/niva-3-trinn-4/', budget: false },
	{ name: 'step page (TIMS)', path: '/nb/fauske-tims/trinn-4/', budget: false },
	{ name: 'overview (diagram)', path: '/nb/kongsvinger/oversikt/', budget: false }
];
const NOJS_PAGE = { flow: 'kongsvinger', node: 'niva-2-evaluering-beslutning', lang: 'nb' };
const SCALE_PAGE = '/nb/kongsvinger/niva-2-evaluering-beslutning/';
/** Models in all for the scale builds (--models=10,45,400). */
const SCALE_MODELS = (args.find((a) => a.startsWith('--models='))?.slice('--models='.length) ?? '10,45,400').split(',').map(Number);
const SCALE_MAX_GROWTH = 0.05;
/** With 45 models: pages at most 45/5 × 1.1 of the 5-model count; service-worker.js and the start page within 10 %. */
const SCALE_PAGES_SLACK = 1.1;
const SCALE_SAME = 0.1;
/** Build CPU per model at 400 models, against at 10. */
const SCALE_CPU_LIMIT = 1.15;
/** A first visit, with everything the service worker fetches in the background. */
const FIRST_VISIT_BUDGET = 150 * 1024;
const STEP_START = '/nb/kongsvinger/niva-0-trinn-1/';
const STEP_CLICKS = 50;
/** Click → next heading with focus, median (issue 11: the steps come from memory). */
const STEP_MEDIAN_LIMIT_MS = 20;
const LIGHTHOUSE_PAGES = [
	{ name: 'start', path: '/nb/' },
	{ name: 'step', path: '/nb/kongsvinger/niva-0-trinn-4/' }
];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const CLASSES = ['html', 'css', 'js', 'other'];
const CLASS_NAMES = { html: 'HTML', css: 'CSS', js: 'JS', other: 'JSON/other' };

const failures = [];
const fail = (message) => {
	failures.push(message);
	console.log(`  FAIL ${message}`);
};
const summary = { started: new Date().toISOString(), mode: SIZE_ONLY ? 'size' : 'bench', node: process.version };

// ---------------------------------------------------------------------------------------------------------
// Helpers

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const num = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const heading = (text) => console.log(`\n== ${text} ${'='.repeat(Math.max(0, 100 - text.length - 4))}`);

/** Runs a command; resolves with its exit code, duration and output (kept quiet unless it fails). */
function run(cmd, cmdArgs, { cwd = ROOT, env = process.env, echo = false } = {}) {
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn(cmd, cmdArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		const take = (chunk) => {
			output += chunk;
			if (echo) process.stdout.write(chunk);
		};
		child.stdout.on('data', take);
		child.stderr.on('data', take);
		child.on('error', (error) => resolve({ code: -1, ms: performance.now() - started, output: `${output}\n${error.message}` }));
		child.on('close', (code) => resolve({ code, ms: performance.now() - started, output }));
	});
}

const tail = (text, lines = 25) => text.trimEnd().split('\n').slice(-lines).map((l) => `    | ${l}`).join('\n');

async function serveDir(dir) {
	const server = await serve(dir, 0);
	return { server, base: `http://127.0.0.1:${server.address().port}` };
}

const closeServer = (server) => new Promise((resolve) => server.close(() => resolve()));

function launch() {
	return chromium.launch({ executablePath: CHROMIUM, args: CHROME_ARGS });
}

function classify(response) {
	const type = response.request().resourceType();
	const contentType = (response.headers()['content-type'] ?? '').split(';')[0].trim();
	const path = new URL(response.url()).pathname;
	if (type === 'document' || contentType === 'text/html') return 'html';
	if (type === 'stylesheet' || contentType === 'text/css' || path.endsWith('.css')) return 'css';
	if (type === 'script' || /javascript/.test(contentType) || /\.m?js$/.test(path)) return 'js';
	return 'other';
}

/**
 * Loads `path` in a fresh context (first view: empty cache, service workers blocked) and records every
 * response until network idle, with each body's gzip size (level 9; the test server does not compress).
 */
async function measure(browser, base, path) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const pending = new Set();
	const files = [];
	const problems = [];
	page.on('response', (response) => {
		const job = (async () => {
			const url = response.url();
			if (!/^https?:/.test(url)) return;
			const status = response.status();
			if (status >= 300 && status < 400) return; // a redirect has no body; its target is recorded
			let body;
			try {
				body = await response.body();
			} catch (error) {
				problems.push(`no body for ${url}: ${error.message.split('\n')[0]}`);
				return;
			}
			const { pathname, search, origin } = new URL(url);
			files.push({
				path: origin === base ? pathname + search : url,
				class: classify(response),
				started: response.request().timing().startTime,
				status,
				raw: body.length,
				gz: gzipSync(body, { level: 9 }).length
			});
		})();
		pending.add(job);
		job.finally(() => pending.delete(job));
	});
	let inFlight = 0;
	page.on('request', () => inFlight++);
	for (const event of ['requestfinished', 'requestfailed']) page.on(event, () => inFlight--);
	let status = 0;
	let loaded = Infinity;
	try {
		const response = await page.goto(base + path, { waitUntil: 'networkidle', timeout: 60_000 });
		status = response?.status() ?? 0;
		// A page that runs may fetch data once it has loaded (a model's steps, for the clicks to come). On a busy
		// machine that can come after "network idle": wait until the page runs and has nothing in flight.
		await page.waitForFunction(() => document.documentElement.dataset.js === 'ready', null, { timeout: 30_000 }).catch(() => undefined);
		while (inFlight > 0) await page.waitForTimeout(50);
		while (pending.size) await Promise.all([...pending]);
		// When the load event came, in the clock of the requests' start times.
		loaded = await page.evaluate(() => performance.timeOrigin + (performance.getEntriesByType('navigation')[0]?.loadEventStart ?? Infinity));
	} finally {
		await context.close();
	}
	// Data fetched once the page had loaded is background; code, even when imported late, is part of the page.
	const afterLoad = (f) => f.class === 'other' && f.started >= loaded;
	// The same address counts once (a module preload and its import are one download).
	const all = [...new Map(files.map((f) => [f.path, f])).values()].sort(
		(a, b) => CLASSES.indexOf(a.class) - CLASSES.indexOf(b.class) || b.gz - a.gz
	);
	const unique = all.filter((f) => !afterLoad(f));
	const background = all.filter(afterLoad);
	const byClass = Object.fromEntries(CLASSES.map((c) => [c, { files: 0, raw: 0, gz: 0 }]));
	for (const f of unique) {
		byClass[f.class].files++;
		byClass[f.class].raw += f.raw;
		byClass[f.class].gz += f.gz;
	}
	const critical = byClass.html.gz + byClass.css.gz;
	const total = critical + byClass.js.gz + byClass.other.gz;
	const badStatus = unique.filter((f) => f.status >= 400).map((f) => `${f.status} ${f.path}`);
	return {
		path,
		status,
		byClass,
		critical,
		total,
		files: unique,
		background: { files: background, gz: background.reduce((n, f) => n + f.gz, 0) },
		problems: [...problems, ...badStatus.map((s) => `HTTP ${s}`)]
	};
}

function printSizes(name, result, budget) {
	console.log(`\n  ${name}  ${result.path}  (HTTP ${result.status}, ${result.files.length} files)`);
	console.log(`    ${pad('class', 12)}${lpad('files', 6)}${lpad('raw bytes', 12)}${lpad('gz bytes', 11)}${lpad('gz', 10)}`);
	for (const c of CLASSES) {
		const row = result.byClass[c];
		console.log(`    ${pad(CLASS_NAMES[c], 12)}${lpad(row.files, 6)}${lpad(num(row.raw), 12)}${lpad(num(row.gz), 11)}${lpad(kb(row.gz), 10)}`);
	}
	const verdict = (value, limit) =>
		!budget ? '(reported only)' : value <= limit ? `≤ ${kb(limit)}  OK` : `> ${kb(limit)}  OVER by ${kb(value - limit)}`;
	console.log(`    ${pad('render-critical (HTML + CSS)', 40)}${lpad(kb(result.critical), 10)}   ${verdict(result.critical, BUDGET.critical)}`);
	console.log(`    ${pad('total (HTML + CSS + JS + other)', 40)}${lpad(kb(result.total), 10)}   ${verdict(result.total, BUDGET.total)}`);
	if (result.background.files.length)
		console.log(
			`    ${pad('after load, in the background', 40)}${lpad(kb(result.background.gz), 10)}   (${result.background.files.map((f) => f.path).join(', ')}; not in the first view, counted in the first visit)`
		);
	if (VERBOSE) {
		console.log(`    files (gz / raw bytes):`);
		for (const f of result.files)
			console.log(`      ${pad(CLASS_NAMES[f.class], 11)}${lpad(num(f.gz), 8)} ${lpad(num(f.raw), 9)}  ${f.status === 200 ? '' : `[${f.status}] `}${f.path}`);
	}
	for (const problem of result.problems) console.log(`    note: ${problem}`);
}

const pick = (result) => ({
	path: result.path,
	status: result.status,
	critical: result.critical,
	total: result.total,
	byClass: result.byClass,
	files: result.files,
	background: result.background
});

// ---------------------------------------------------------------------------------------------------------
// 1. Sizes and the budget

async function sizes(browser, base) {
	heading(`1. Sizes of the first view (gzip -9 bytes; budget: render-critical ≤ ${kb(BUDGET.critical)}, total ≤ ${kb(BUDGET.total)})`);
	const pages = [];
	for (const spec of PAGES) {
		let result;
		try {
			result = await measure(browser, base, spec.path);
		} catch (error) {
			fail(`${spec.name} ${spec.path}: could not be loaded: ${error.message.split('\n')[0]}`);
			continue;
		}
		printSizes(spec.name, result, spec.budget);
		pages.push({ name: spec.name, budgeted: spec.budget, ...pick(result) });
		if (result.status !== 200) {
			if (spec.budget) fail(`${spec.name} ${spec.path}: HTTP ${result.status} (the page must exist)`);
			else console.log(`    note: HTTP ${result.status}`);
			continue;
		}
		if (!spec.budget) continue;
		if (result.critical > BUDGET.critical)
			fail(`${spec.name} ${spec.path}: render-critical (HTML + CSS) is ${kb(result.critical)} gz, over the ${kb(BUDGET.critical)} budget by ${kb(result.critical - BUDGET.critical)} (HTML ${kb(result.byClass.html.gz)}, CSS ${kb(result.byClass.css.gz)})`);
		if (result.total > BUDGET.total)
			fail(`${spec.name} ${spec.path}: total (HTML + CSS + JS + other) is ${kb(result.total)} gz, over the ${kb(BUDGET.total)} budget by ${kb(result.total - BUDGET.total)} (largest class: ${CLASS_NAMES[CLASSES.reduce((a, b) => (result.byClass[b].gz > result.byClass[a].gz ? b : a))]})`);
	}
	console.log('\n  SurveyJS runtime (for comparison): ~405 KB gz');
	summary.sizes = { budget: BUDGET, pages, surveyJsComparisonKbGz: 405 };

	// Diagrams are laid out when the site is built: no page of the site (build/_app) may carry ELK or the layout code.
	// Only the model studio, its own build in build/studio-app/, lays out in the browser, in a web worker.
	const client = join(ROOT, 'build', '_app');
	const scripts = readdirSync(client, { recursive: true }).filter((f) => f.endsWith('.js'));
	const layoutCode = scripts.filter((f) => /org\.eclipse\.elk|elk\.hierarchyHandling/.test(readFileSync(join(client, f), 'utf8')));
	console.log(`\n  Graph layout in the browser's JavaScript (${scripts.length} files searched): ${layoutCode.length ? layoutCode.join(', ') : 'none  OK'}`);
	if (layoutCode.length) fail(`ELK or the diagram layout is in client JavaScript: ${layoutCode.join(', ')}`);
	// Flows are checked when the site is built: no page's JavaScript may carry zod (an import from schema.ts pulls it in).
	const zodCode = scripts.filter((f) => /\._zod\.def\b/.test(readFileSync(join(client, f), 'utf8')));
	console.log(`  zod in the browser's JavaScript: ${zodCode.length ? zodCode.join(', ') : 'none  OK'}`);
	if (zodCode.length) fail(`zod is in client JavaScript (import from a zod-free module, like locales.ts or phases.ts): ${zodCode.join(', ')}`);

	// JavaScript must not be needed to render.
	const path = `/${NOJS_PAGE.lang}/${NOJS_PAGE.flow}/${NOJS_PAGE.node}/`;
	console.log(`\n  JavaScript must not be needed to render: ${path} with JavaScript off`);
	const check = await noJsCheck(browser, base, path);
	summary.noJavaScript = check;
	if (check.ok) console.log(`    OK  h1 "${check.h1}"; ${check.links.length} answer links: ${check.links.map((l) => `"${l.text}"`).join(', ')}`);
	else fail(`${path} without JavaScript: ${check.problems.join('; ')}`);
}

/** The answer links the page must show: from the flow file when the node is there, else any answer list. */
function expectedAnswers() {
	try {
		const flow = JSON.parse(readFileSync(join(ROOT, 'flows', `${NOJS_PAGE.flow}.json`), 'utf8'));
		const node = flow.nodes.find((n) => n.id === NOJS_PAGE.node);
		if (node?.kind === 'question') return node.options.map((o) => o.next);
	} catch {
		// fall through
	}
	return undefined;
}

async function noJsCheck(browser, base, path) {
	const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
	const page = await context.newPage();
	const problems = [];
	let h1 = '';
	const links = [];
	try {
		const response = await page.goto(base + path, { waitUntil: 'load' });
		if (response?.status() !== 200) problems.push(`HTTP ${response?.status()}`);
		const heading = page.locator('main h1').first();
		if (!(await heading.count())) problems.push('no h1 in main');
		else {
			h1 = (await heading.innerText()).trim();
			if (!h1) problems.push('the h1 is empty');
			else if (!(await heading.isVisible())) problems.push('the h1 is not visible');
		}
		const targets = expectedAnswers();
		const locators = targets
			? targets.map((next) => page.locator(`main a[href$="/${NOJS_PAGE.flow}/${next}/"], main a[href$="/${NOJS_PAGE.flow}/${next}"]`).first())
			: await page.locator('main ul.answers a[href], main a[data-option][href]').all();
		if (!targets && locators.length < 2) problems.push(`found ${locators.length} answer links, expected at least 2`);
		for (const [i, link] of locators.entries()) {
			if (!(await link.count())) {
				problems.push(`no link to the answer "${targets?.[i]}"`);
				continue;
			}
			const text = (await link.innerText()).trim();
			const href = await link.getAttribute('href');
			if (!text) problems.push(`the answer link ${href} has no text`);
			else if (!(await link.isVisible())) problems.push(`the answer link ${href} is not visible`);
			links.push({ href, text });
		}
	} catch (error) {
		problems.push(error.message.split('\n')[0]);
	} finally {
		await context.close();
	}
	return { ok: problems.length === 0, path, h1, links, problems };
}

// ---------------------------------------------------------------------------------------------------------
// 2. Scale: the same site with synthetic models added, up to 400

const COPY_EXCLUDE = new Set(['node_modules', 'build', '.svelte-kit', '.git', 'test-results', 'bench-results', 'playwright-report']);
const realFlows = () => readdirSync(join(ROOT, 'flows')).filter((f) => f.endsWith('.json') && f !== 'flow.schema.json').length;

/** A made-up municipality for synthetic model `i`: "Bergvik kommune", "Stavaneset kommune", … (all different). */
function syntheticMunicipality(i) {
	const heads = ['Berg', 'Stav', 'Tron', 'Kris', 'Lille', 'Ham', 'Sand', 'Mol', 'Nar', 'Bod', 'Ål', 'Ør', 'Ask', 'Vef', 'Fla', 'Hol', 'Gjø', 'Sel', 'Vå', 'Ly', 'Rø', 'Dyr'];
	const tails = ['vik', 'dal', 'berg', 'neset', 'øy', 'sund', 'fjord', 'heim', 'stad', 'voll', 'rud', 'ås', 'land', 'bu', 'mo', 'elv', 'haug', 'seter', 'li'];
	const head = heads[i % heads.length];
	const tail = tails[Math.floor(i / heads.length) % tails.length];
	const round = Math.floor(i / (heads.length * tails.length));
	return `${head}${round ? ['e', 'a', 'er'][round - 1] : ''}${tail} kommune`;
}
const slug = (text) => text.toLowerCase().replace(/ kommune$/, '').replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'aa').replace(/[^a-z0-9]+/g, '-');

/**
 * A temporary copy of the project with `models` models in all: the real ones, and copies of them in turn (so the
 * models are as large, on average, as the real ones) under made-up municipalities, so the start page grows the way
 * a real list would. Never committed; removed after use.
 */
function makeScaleCopy(models) {
	const dir = mkdtempSync(join(tmpdir(), 'undringsveiviseren-bench-'));
	cpSync(ROOT, dir, { recursive: true, filter: (src) => !COPY_EXCLUDE.has(relative(ROOT, src).split(/[\\/]/)[0]) });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const templates = readdirSync(join(dir, 'flows'))
		.filter((f) => f.endsWith('.json') && f !== 'flow.schema.json')
		.sort()
		.map((f) => JSON.parse(readFileSync(join(dir, 'flows', f), 'utf8')));
	for (let i = 0; i < models - templates.length; i++) {
		const name = syntheticMunicipality(i);
		const flow = structuredClone(templates[i % templates.length]);
		flow.id = `${slug(name)}-${flow.id}`;
		flow.municipality = { name: { nb: name, nn: name } };
		writeFileSync(join(dir, 'flows', `${flow.id}.json`), `${JSON.stringify(flow, null, '\t')}\n`);
	}
	return dir;
}

/** `npm run build` in `cwd`, with its wall time and the CPU seconds (user + system) of the whole process tree. */
async function timedBuild(cwd) {
	const result = await run('bash', ['-c', 'TIMEFORMAT="cpu-seconds %U %S"; time npm run build'], { cwd });
	const [, user, sys] = /cpu-seconds ([\d.]+) ([\d.]+)\s*$/.exec(result.output) ?? [];
	return { ...result, cpuS: user === undefined ? NaN : Number(user) + Number(sys) };
}

/** What a build wrote: HTML pages (those under sammenlign/<a>/<b>/ counted apart), other files, bytes. */
function outputOf(dir) {
	const out = { pages: 0, pairPages: 0, files: 0, bytes: 0, serviceWorkerGz: 0 };
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath ?? entry.path, entry.name);
		out.files++;
		out.bytes += statSync(path).size;
		if (!entry.name.endsWith('.html')) continue;
		out.pages++;
		if (/[\\/]sammenlign[\\/][^\\/]+[\\/]/.test(relative(dir, path))) out.pairPages++;
	}
	out.serviceWorkerGz = gzipSync(readFileSync(join(dir, 'service-worker.js')), { level: 9 }).length;
	return out;
}

/** Times `npm run build` in the real repository (bench only); the sizes and everything after use this build. */
async function buildReal() {
	heading('0. Build (npm run build in the repository, timed)');
	const result = await timedBuild(ROOT);
	if (result.code !== 0) {
		console.log(tail(result.output));
		fail(`npm run build failed (exit ${result.code}) in the repository`);
		return undefined;
	}
	const output = outputOf(join(ROOT, 'build'));
	console.log(`  ${secs(result.ms)} wall, ${result.cpuS.toFixed(1)} s CPU, ${num(output.pages)} HTML pages`);
	return { ms: Math.round(result.ms), cpuS: result.cpuS, ...output };
}

/** The figures of one build: output, CPU, first views of the start page and a step page, and a first visit. */
async function figures(browser, dir, models, build) {
	const output = outputOf(join(dir, 'build'));
	const served = await serveDir(join(dir, 'build'));
	let start, step;
	try {
		start = await measure(browser, served.base, '/nb/');
		step = await measure(browser, served.base, SCALE_PAGE);
	} finally {
		await closeServer(served.server);
	}
	const visit = await firstVisit(browser, join(dir, 'build'), SCALE_PAGE);
	return {
		models,
		...output,
		buildMs: build.ms,
		cpuS: build.cpuS,
		start: { status: start.status, total: start.total, htmlGz: start.byClass.html.gz },
		step: { status: step.status, total: step.total, jsGz: step.byClass.js.gz, background: step.background.gz },
		firstVisit: { gz: visit.gz, responses: visit.responses.length, notFound: visit.notFound, duplicates: visit.duplicates, framed: visit.framed }
	};
}

async function scale(browser, realBuild) {
	const sizes = SCALE_MODELS;
	heading(`2. Scale: ${sizes.join(', ')} models (the real ones + copies of them under made-up municipalities), each in a temporary copy`);
	if (!realBuild) return fail('scale: the repository build failed');
	const rows = [await figures(browser, ROOT, realFlows(), realBuild)];
	for (const models of sizes) {
		const dir = makeScaleCopy(models);
		try {
			console.log(`  building ${models} models in ${dir} ...`);
			const build = await timedBuild(dir);
			if (build.code !== 0) {
				console.log(tail(build.output));
				fail(`scale: npm run build with ${models} models failed (exit ${build.code})`);
				continue;
			}
			rows.push(await figures(browser, dir, models, build));
			console.log(`    ${secs(build.ms)} wall, ${build.cpuS.toFixed(1)} s CPU, ${num(rows.at(-1).pages)} pages`);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}

	console.log('');
	const head = ['models', 'HTML pages', 'of them pairs', 'files', 'output', 'build CPU', 'ms/page', 'start page', 'step page', '+ after load', 'sw.js gz', 'first visit'];
	const widths = [7, 11, 14, 9, 10, 11, 8, 11, 10, 13, 9, 12];
	const line = (cells) => console.log(`    ${cells.map((c, i) => lpad(c, widths[i])).join('')}`);
	line(head);
	for (const r of rows)
		line([
			r.models,
			num(r.pages),
			num(r.pairPages),
			num(r.files),
			`${(r.bytes / KB / KB).toFixed(0)} MB`,
			`${r.cpuS.toFixed(1)} s`,
			(r.cpuS * 1000 / r.pages).toFixed(1),
			kb(r.start.total),
			kb(r.step.total),
			kb(r.step.background),
			kb(r.serviceWorkerGz),
			kb(r.firstVisit.gz)
		]);
	console.log('    (start and step page: first view, gzip -9; "+ after load": the model\'s steps, fetched once the page has loaded;');
	console.log(`     first visit: every byte the server sent for ${SCALE_PAGE} until the service worker had cached its model)`);

	const base = rows[0];
	const at = (n) => rows.find((r) => r.models === n);
	const change = (a, b) => (b - a) / a;
	const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;
	const checks = [];
	const check = (ok, text) => {
		checks.push({ ok, text });
		console.log(`    ${ok ? 'OK  ' : 'FAIL'} ${text}`);
		if (!ok) failures.push(`scale: ${text}`);
	};
	console.log('');
	const mid = at(45);
	if (mid) {
		const limit = (45 / base.models) * SCALE_PAGES_SLACK * base.pages;
		check(mid.pages <= limit, `45 models: ${num(mid.pages)} pages ≤ 45/${base.models} × ${SCALE_PAGES_SLACK} × ${num(base.pages)} = ${num(Math.floor(limit))}`);
		check(Math.abs(change(base.serviceWorkerGz, mid.serviceWorkerGz)) <= SCALE_SAME, `45 models: service-worker.js ${kb(mid.serviceWorkerGz)} gz, ${pct(change(base.serviceWorkerGz, mid.serviceWorkerGz))} of ${kb(base.serviceWorkerGz)} (limit ±${SCALE_SAME * 100} %)`);
		check(Math.abs(change(base.start.total, mid.start.total)) <= SCALE_SAME, `45 models: start page first view ${kb(mid.start.total)}, ${pct(change(base.start.total, mid.start.total))} of ${kb(base.start.total)} (limit ±${SCALE_SAME * 100} %)`);
	}
	const top = rows.at(-1);
	if (top !== base) {
		check(top.start.status === 200 && top.start.total <= BUDGET.total, `${top.models} models: start page first view ${kb(top.start.total)} ≤ ${kb(BUDGET.total)}`);
		check(top.step.status === 200 && top.step.total <= BUDGET.total, `${top.models} models: step page first view ${kb(top.step.total)} ≤ ${kb(BUDGET.total)}`);
		const growth = change(base.step.jsGz, top.step.jsGz);
		check(growth <= SCALE_MAX_GROWTH, `${top.models} models: step page JavaScript ${kb(top.step.jsGz)}, ${pct(growth)} of ${kb(base.step.jsGz)} (limit +${SCALE_MAX_GROWTH * 100} %)`);
		check(Math.abs(change(base.serviceWorkerGz, top.serviceWorkerGz)) <= SCALE_SAME, `${top.models} models: service-worker.js ${kb(top.serviceWorkerGz)} gz (${pct(change(base.serviceWorkerGz, top.serviceWorkerGz))})`);
	}
	for (const r of rows) {
		const v = r.firstVisit;
		check(v.gz <= FIRST_VISIT_BUDGET && !v.notFound.length && !v.duplicates.length && !v.framed.length,
			`${r.models} models: first visit ${kb(v.gz)} ≤ ${kb(FIRST_VISIT_BUDGET)} in ${v.responses} responses; ${v.notFound.length} not found, ${v.duplicates.length} twice, ${v.framed.length} framed`);
	}
	// Build CPU per model: the fixed part (bundling) is where the line through the 10- and 45-model builds meets
	// zero models; what is left, per model, at 400 against at 10. A page per pair of models would show here.
	const small = at(10);
	let cpuPerModel;
	if (small && mid && top.models > 45) {
		const slope = (mid.cpuS - small.cpuS) / (mid.models - small.models);
		const fixed = small.cpuS - small.models * slope;
		cpuPerModel = { fixedS: fixed, at10S: (small.cpuS - fixed) / small.models, [`at${top.models}S`]: (top.cpuS - fixed) / top.models };
		const ratio = (top.cpuS - fixed) / top.models / slope;
		cpuPerModel.ratio = ratio;
		check(ratio <= SCALE_CPU_LIMIT,
			`build CPU per model at ${top.models} models ${((top.cpuS - fixed) / top.models).toFixed(2)} s, ${ratio.toFixed(2)} × that at 10 models (${slope.toFixed(2)} s; fixed part ${fixed.toFixed(1)} s) (limit ${SCALE_CPU_LIMIT})`);
	} else console.log('    (CPU per model needs builds of 10 and 45 models and a larger one: --models=10,45,400)');
	summary.scale = { page: SCALE_PAGE, builds: rows, cpuPerModel, checks };
}

// ---------------------------------------------------------------------------------------------------------
// 3. Step change time

/** Node kinds of the flow, so the walk prefers answers that lead on rather than to an end. */
function nodeKinds(flowId) {
	try {
		const flow = JSON.parse(readFileSync(join(ROOT, 'flows', `${flowId}.json`), 'utf8'));
		return new Map(flow.nodes.map((n) => [n.id, n.kind]));
	} catch {
		return new Map();
	}
}

const lastSegment = (href) => new URL(href, 'http://x').pathname.split('/').filter(Boolean).at(-1);

async function stepChange(browser, base) {
	heading(`3. Step change time (${STEP_CLICKS} clicks from ${STEP_START}: click → new page's main h1 focused)`);
	const kinds = nodeKinds(STEP_START.split('/')[2]);
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const times = [];
	let restarts = 0;
	let visited = new Set();
	// Requests made by the clicks themselves (not by loading the first page again): there should be none.
	let clicking = false;
	const requests = [];
	page.on('request', (request) => clicking && requests.push(request.url()));
	const restart = async () => {
		clicking = false;
		// The first page has loaded once the model's steps have come (they are fetched after the load event).
		const steps = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/steps.json'));
		await page.goto(base + STEP_START, { waitUntil: 'networkidle' });
		await steps;
		visited = new Set([lastSegment(STEP_START)]);
		clicking = true;
	};
	try {
		await restart();
		while (times.length < STEP_CLICKS) {
			const links = await page.evaluate(() => ({
				next: document.querySelector('main a.next[href]')?.getAttribute('href') ?? null,
				answers: [...document.querySelectorAll('main ul.answers a[href], main article a[data-option][href]')].map((a) => a.getAttribute('href'))
			}));
			const fresh = (href) => !visited.has(lastSegment(href));
			let href = null;
			if (links.next) href = fresh(links.next) ? links.next : null;
			else
				href =
					links.answers.find((h) => fresh(h) && kinds.get(lastSegment(h)) !== 'outcome') ?? links.answers.find(fresh) ?? null;
			if (!href) {
				// The end of the flow (an outcome, or every answer leads back): start again.
				restarts++;
				if (restarts > STEP_CLICKS) throw new Error(`no link to follow on ${page.url()}`);
				await restart();
				continue;
			}
			const target = lastSegment(href);
			const ms = await page.evaluate(
				({ href, target }) =>
					new Promise((resolve, reject) => {
						const link = [...document.querySelectorAll('main a[href]')].find((a) => a.getAttribute('href') === href);
						if (!link) return reject(new Error(`no link ${href}`));
						const done = () => {
							const active = document.activeElement;
							return (
								active?.tagName === 'H1' &&
								active.closest('main') !== null &&
								document.querySelector(`article[data-node="${CSS.escape(target)}"]`) !== null
							);
						};
						let finished = false;
						const finish = () => {
							if (finished || !done()) return finished;
							finished = true;
							const elapsed = performance.now() - t0;
							clearTimeout(timer);
							observer.disconnect();
							document.removeEventListener('focusin', finish, true);
							resolve(elapsed);
							return true;
						};
						const observer = new MutationObserver(finish);
						const timer = setTimeout(() => {
							finished = true;
							observer.disconnect();
							reject(new Error(`timeout: ${target}'s h1 was not focused within 10 s`));
						}, 10_000);
						const poll = () => {
							if (!finish()) requestAnimationFrame(poll);
						};
						document.addEventListener('focusin', finish, true);
						observer.observe(document, { subtree: true, childList: true, attributes: true });
						const t0 = performance.now();
						link.click();
						requestAnimationFrame(poll);
					}),
				{ href, target }
			);
			times.push(ms);
			visited.add(target);
		}
	} catch (error) {
		fail(`step change: ${error.message.split('\n')[0]} (after ${times.length} clicks, at ${page.url()})`);
	} finally {
		await context.close();
	}
	if (!times.length) return;
	const sorted = [...times].sort((a, b) => a - b);
	const q = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
	const stats = { clicks: times.length, restarts, medianMs: q(0.5), p90Ms: q(0.9), minMs: sorted[0], maxMs: sorted.at(-1), timesMs: times.map((t) => Math.round(t * 10) / 10) };
	console.log(
		`  median ${stats.medianMs.toFixed(1)} ms, p90 ${stats.p90Ms.toFixed(1)} ms  (min ${stats.minMs.toFixed(1)}, max ${stats.maxMs.toFixed(1)}; ${times.length} clicks, ${restarts} restarts)`
	);
	console.log(`  requests made by the clicks: ${requests.length}${requests.length ? ` (${[...new Set(requests)].slice(0, 5).join(', ')})` : ''}`);
	summary.stepChange = { ...stats, requests };
	if (stats.medianMs > STEP_MEDIAN_LIMIT_MS) fail(`step change: median ${stats.medianMs.toFixed(1)} ms, over ${STEP_MEDIAN_LIMIT_MS} ms (a loaded machine counts too: run again when it is quiet)`);
	if (requests.length) fail(`step change: the clicks made ${requests.length} requests; a step change must make none`);
}

// ---------------------------------------------------------------------------------------------------------
// 4. Lighthouse

const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LH_STRICT = ['accessibility', 'best-practices'];

async function lighthouse(base) {
	heading('4. Lighthouse 12.8.2 (mobile; accessibility and best-practices must be 100)');
	const bin = join(ROOT, 'node_modules', '.bin', 'lighthouse');
	if (!existsSync(bin)) return fail('lighthouse: node_modules/.bin/lighthouse is missing (npm install)');
	const host = new URL(base).hostname;
	const env = { ...process.env, CHROME_PATH: CHROMIUM };
	summary.lighthouse = [];
	console.log('    (the test server sends no compression: uses-text-compression and document latency count against performance)');
	console.log(`    ${pad('page', 40)}${LH_CATEGORIES.map((c) => lpad(c, 16)).join('')}${lpad('time', 8)}`);
	for (const spec of LIGHTHOUSE_PAGES) {
		const out = join(RESULTS, `lighthouse-${spec.name}.json`);
		const result = await run(bin, [
			base + spec.path,
			'--output=json',
			`--output-path=${out}`,
			`--only-categories=${LH_CATEGORIES.join(',')}`,
			`--chrome-flags=--headless ${CHROME_ARGS.join(' ')}`,
			// No other host resolves, so nothing can wait on the (absent) internet.
			`--chrome-flags=--host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE ${host}"`,
			'--no-enable-error-reporting',
			'--quiet'
		], { env });
		let report;
		try {
			report = JSON.parse(readFileSync(out, 'utf8'));
		} catch {
			// handled below
		}
		if (result.code !== 0 || !report) {
			console.log(tail(result.output));
			fail(`lighthouse ${spec.path}: the run failed (exit ${result.code})`);
			continue;
		}
		const scores = Object.fromEntries(
			LH_CATEGORIES.map((c) => [c, report.categories[c]?.score == null ? null : Math.round(report.categories[c].score * 100)])
		);
		console.log(`    ${pad(spec.path, 40)}${LH_CATEGORIES.map((c) => lpad(scores[c] ?? '–', 16)).join('')}${lpad(secs(result.ms), 8)}`);
		if (report.runtimeError) fail(`lighthouse ${spec.path}: ${report.runtimeError.code}: ${report.runtimeError.message}`);
		for (const warning of report.runWarnings ?? []) console.log(`      warning: ${warning}`);
		const failing = {};
		for (const category of LH_CATEGORIES) {
			failing[category] = (report.categories[category]?.auditRefs ?? [])
				.map((ref) => report.audits[ref.id])
				.filter((a) => a && a.score !== null && a.score < 1 && !['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode))
				.map((a) => ({ id: a.id, title: a.title, score: a.score }));
		}
		const metric = (id) => report.audits[id]?.displayValue?.replace(/\s+/g, ' ') ?? '–';
		console.log(`      FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`);
		for (const category of ['performance', 'seo']) {
			const ids = failing[category].map((a) => a.id);
			if (ids.length) console.log(`      ${category} (reported only), audits below 1: ${ids.join(', ')}`);
		}
		for (const category of LH_STRICT) {
			if (scores[category] === 100) continue;
			fail(`lighthouse ${spec.path}: ${category} is ${scores[category] ?? 'missing'}, must be 100`);
			for (const a of failing[category]) console.log(`        ${a.id}: ${a.title}`);
		}
		summary.lighthouse.push({
			page: spec.path,
			report: relative(ROOT, out),
			scores,
			metrics: Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => [id, report.audits[id]?.numericValue ?? null])),
			failingAudits: failing,
			ms: Math.round(result.ms)
		});
	}
}

// ---------------------------------------------------------------------------------------------------------

async function main() {
	const started = performance.now();
	mkdirSync(RESULTS, { recursive: true });
	for (const signal of ['SIGINT', 'SIGTERM'])
		process.on(signal, () => {
			for (const name of readdirSync(tmpdir())) if (name.startsWith('undringsveiviseren-bench-')) rmSync(join(tmpdir(), name), { recursive: true, force: true });
			process.exit(130);
		});

	let browser;
	let server;
	try {
		if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (run node scripts/ensure-chromium.mjs, or set CHROMIUM_PATH)`);
		if (!SIZE_ONLY && (want('scale') || !existsSync(join(ROOT, 'build', 'index.html')))) {
			summary.build = await buildReal();
		} else if (!existsSync(join(ROOT, 'build', 'index.html'))) {
			console.log('build/ is missing: running npm run build first');
			const result = await run('npm', ['run', 'build'], { echo: true });
			if (result.code !== 0) throw new Error(`npm run build failed (exit ${result.code})`);
		}
		if (!existsSync(join(ROOT, 'build', 'index.html'))) throw new Error('build/ is missing and could not be built');

		browser = await launch();
		const served = await serveDir(join(ROOT, 'build'));
		server = served.server;
		if (want('size')) await sizes(browser, served.base);
		if (want('scale')) await scale(browser, summary.build);
		if (want('step')) await stepChange(browser, served.base);
		if (want('lighthouse')) await lighthouse(served.base);
	} catch (error) {
		fail(error.message.split('\n')[0]);
	} finally {
		await browser?.close();
		if (server) await closeServer(server);
	}

	summary.durationMs = Math.round(performance.now() - started);
	summary.failures = failures;
	summary.ok = failures.length === 0;
	const file = join(RESULTS, SIZE_ONLY ? 'size.json' : 'bench.json');
	writeFileSync(file, `${JSON.stringify(summary, null, '\t')}\n`);
	heading(SIZE_ONLY ? 'size' : 'bench');
	console.log(`  ${secs(summary.durationMs)}; summary in ${relative(ROOT, file)}`);
	if (failures.length) {
		console.log(`  ${failures.length} failure${failures.length === 1 ? '' : 's'}:`);
		for (const f of failures) console.log(`  - ${f}`);
		process.exitCode = 1;
	} else console.log('  all budgets and checks pass');
}

await main();
