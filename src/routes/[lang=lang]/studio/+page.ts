// The studio's page ships none of SvelteKit's client code: the studio is its own app (src/lib/studio/main.ts),
// and links from here load the next page in full.
export const csr = false;
