// Renamed models keep their old addresses: flows/renamed.jsonc is checked, and the build writes redirect pages.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRenamed } from '../../src/lib/flow/renamed';
import { redirectPage, writeRedirects } from '../../scripts/redirects';
import { renamedIn } from '../../scripts/flow-files';

const ids = ['heim', 'kongsvinger'];
const problems = (text: string) => {
	const checked = checkRenamed(text, ids);
	return checked.ok ? [] : checked.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('checkRenamed', () => {
	it('accepts none, comments included, and follows a chain of renames to today\'s id', () => {
		expect(checkRenamed('// nothing renamed yet\n{}', ids)).toEqual({ ok: true, moves: new Map() });
		expect(checkRenamed('{"heim-kommune": "heim-gammel", "heim-gammel": "heim"}', ids)).toEqual({
			ok: true,
			moves: new Map([['heim-kommune', 'heim'], ['heim-gammel', 'heim']])
		});
	});

	it('refuses an old id a model has today, a new id no model has, a circle, a bad id and a file that is no object', () => {
		expect(problems('{"heim": "kongsvinger"}')).toEqual(['$.heim: "heim" is a model\'s id today, so it cannot also lead elsewhere.']);
		expect(problems('{"gammel": "finnes-ikke"}')).toEqual(['$.gammel: "gammel" leads to "finnes-ikke", which is no model\'s id.']);
		expect(problems('{"a": "b", "b": "a"}')).toEqual([
			'$.a: The renames go round in a circle: a → b → a.',
			'$.b: The renames go round in a circle: b → a → b.'
		]);
		expect(problems('{"Heim Kommune": "heim"}')[0]).toMatch(/is not a model id/);
		expect(problems('{"bygg-inn": "heim"}')[0]).toMatch(/the app's own pages/);
		expect(problems('{"gammel": 3}')).toEqual(['$.gammel: The new id must be a string.']);
		expect(problems('["heim"]')).toEqual(['$: The file must be one object, "old-id": "new-id".']);
		expect(problems('{"gammel": "heim",}')[0]).toMatch(/^\$: The file is not JSON/);
	});

	it('passes for the real flows/renamed.jsonc', () => {
		const real = renamedIn('flows');
		expect(real.ok ? [] : real.problems).toEqual([]);
	});
});

describe('the redirect pages', () => {
	const root = mkdtempSync(join(tmpdir(), 'undring-renamed-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const put = (path: string, text = 'page') => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	};

	it('are written for every page of the model, framed or not, in each language, with its not-found page', () => {
		for (const prefix of ['', 'embed/'])
			for (const lang of ['nb', 'nn']) {
				put(`${prefix}${lang}/heim/index.html`);
				put(`${prefix}${lang}/heim/steg-1/index.html`);
				put(`${prefix}${lang}/heim/404.html`, `${lang} not found`);
			}
		expect(writeRedirects(root, new Map([['heim-gammel', 'heim']]), '/veiviser')).toBe(8);
		const page = readFileSync(join(root, 'embed/nn/heim-gammel/steg-1/index.html'), 'utf8');
		expect(page).toContain('<meta http-equiv="refresh" content="0; url=/veiviser/embed/nn/heim/steg-1/">');
		expect(page).toContain('<html lang="nn">');
		expect(readFileSync(join(root, 'nb/heim-gammel/index.html'), 'utf8')).toContain('url=/veiviser/nb/heim/"');
		expect(readFileSync(join(root, 'nn/heim-gammel/404.html'), 'utf8')).toBe('nn not found');
		expect(existsSync(join(root, 'nb/heim-gammel/steg-1/index.html'))).toBe(true);
	});

	it('send on at once, say so in words with a link, and allow no script or style', () => {
		const page = redirectPage('/nb/heim/', 'nb');
		expect(page).toContain('<h1>Modellen har fått ny adresse</h1>');
		expect(page).toContain('<a href="/nb/heim/">Gå til den nye adressen</a>');
		expect(page).toContain("script-src 'none'");
		expect(page).not.toMatch(/<script|<style|style=/);
	});
});
