import type { Server } from 'node:http';

/** The hosting headers for a request path; `frameAncestors` is who may frame /embed/ pages (default "*"). */
export function headersFor(path: string, frameAncestors?: string): Record<string, string>;

/** The decoded segments of a request path, or undefined for a malformed one. */
export function segments(pathname: string): string[] | undefined;

/** Starts serving the folder `root` on `port`; resolves with the server once it listens. */
export function serve(root: string, port: number, host?: string, options?: { frameAncestors?: string; base?: string }): Promise<Server>;
