// The static not-found page; scripts/postbuild.ts copies it to 404.html. It needs no JavaScript.
export const csr = false;
