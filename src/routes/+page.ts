// The start page is plain HTML (see $lib/components/StartPage.svelte): its list is shipped once, as HTML.
export const csr = false;
