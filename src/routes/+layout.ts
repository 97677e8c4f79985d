// Every page is static HTML; folders with index.html work on any static host.
export const prerender = true;
export const trailingSlash = 'always';
