// `$app/state` for the studio's own build (vite.studio.config.ts), which runs outside SvelteKit: the wizard's
// components read only the page's address, which does not change while the studio is open.
export const page = {
	get url() {
		return new URL(location.href);
	}
};
