import type { Server } from 'node:http';

/** Starts serving the folder `root` on `port`; resolves with the server once it listens. */
export function serve(root: string, port: number, host?: string): Promise<Server>;
