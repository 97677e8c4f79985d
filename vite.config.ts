import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The theme's colours no element names with data-color (tests/unit/theme.test.ts keeps it so): the brand
 * colours (a model's own brand colour replaces the accent) and success and neutral, which the pages use only
 * as variables (--ds-color-success-…), not as data-color.
 */
export const UNNAMED_COLOURS = ['brand1', 'brand2', 'brand3', 'success', 'neutral'];

/**
 * The app is light only (<body data-color-scheme="light">) and uses only the primary typography, so two layers
 * of the Designsystemet theme are dead weight on every page, and so are the brand colours and the data-color
 * rules of UNNAMED_COLOURS: drop them (about 2 KB gz).
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
			const names = UNNAMED_COLOURS.join('|');
			const unnamed = new RegExp(`--ds-color-brand\\d-[a-z-]+:[^;}]+;?|\\[data-color-scheme\\]\\[data-color=(${names})\\],\\[data-color=(${names})\\]\\{[^}]*\\}`, 'g');
			const found = code.match(unnamed)?.length ?? 0;
			if (found < 5) throw new Error(`trim-designsystemet-theme: the colours to drop were not found in ${id}`);
			code = code.replace(unnamed, '');
			return { code, map: null };
		}
	};
}

const WIZARD =
	/\/src\/lib\/(components\/(NodeView|Position|WizardNav|DeadlineList|ContactList|ToolList|ToolsAndContacts|ServiceNotes|Paragraphs|Slashed|TranslationNotice|SafetyRule|NotFound)\.svelte|flow\/(engine|deadline|saved|text)\.ts|state\/|i18n\/(index|locale\.svelte)\.ts|links\.ts|locales\.ts|model-data\.ts)/;

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
