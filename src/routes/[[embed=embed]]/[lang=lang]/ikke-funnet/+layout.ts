// The static not-found pages; scripts/postbuild.ts copies them to 404.html. They need no JavaScript.
export const csr = false;
