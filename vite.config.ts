import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The app is light only (<body data-color-scheme="light">), uses only the primary typography and none of the
 * theme's brand1/brand2/brand3 colours (a model's brand colour replaces the accent), so two layers and those
 * colours of the Designsystemet theme are dead weight on every page: drop them (about 1.9 KB gz).
 */
function trimTheme(): Plugin {
	const layers = ['@layer ds.theme.color-scheme.dark{', '@layer ds.theme.typography.secondary{'];
	return {
		name: 'trim-designsystemet-theme',
		transform(code, id) {
			if (!id.includes('designsystemet-css/dist/theme/designsystemet.css')) return;
			for (const layer of layers) {
				const start = code.indexOf(layer);
				if (start < 0) throw new Error(`trim-designsystemet-theme: ${layer} not found in ${id}`);
				let depth = 0;
				let end = start + layer.length - 1;
				for (; end < code.length; end++) {
					if (code[end] === '{') depth++;
					else if (code[end] === '}' && --depth === 0) break;
				}
				code = code.slice(0, start) + code.slice(end + 1);
			}
			const brands = /--ds-color-brand\d-[a-z-]+:[^;}]+;?|\[data-color-scheme\]\[data-color=brand\d\],\[data-color=brand\d\]\{[^}]*\}/g;
			if (!brands.test(code)) throw new Error(`trim-designsystemet-theme: no brand colours found in ${id}`);
			code = code.replace(brands, '');
			return { code, map: null };
		}
	};
}

const WIZARD =
	/\/src\/lib\/(components\/(NodeView|Position|WizardNav|DeadlineList|ContactList|ToolList|ToolsAndContacts|ServiceNotes|Paragraphs|Slashed|TranslationNotice|SafetyRule|NotFound)\.svelte|flow\/(engine|deadline|saved|text)\.ts|state\/|i18n\/(index|locale\.svelte)\.ts|links\.ts|locales\.ts)/;

export default defineConfig({
	plugins: [trimTheme(), sveltekit()],
	server: { fs: { allow: ['flows'] } },
	build: {
		rolldownOptions: {
			output: {
				// The code every wizard step needs, in one chunk rather than a dozen small ones.
				codeSplitting: { groups: [{ name: 'wizard', test: WIZARD }] }
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		setupFiles: ['tests/unit/setup.ts'],
		environment: 'node',
		// Some tests start the CLI or run thousands of property checks: give a busy machine room.
		testTimeout: 60_000
	}
});
