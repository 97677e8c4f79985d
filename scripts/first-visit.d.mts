import type { Server } from 'node:http';
import type { Browser } from '@playwright/test';

export interface Response {
	/** Path and query, as requested. */
	url: string;
	status: number;
	/** gzip -9 bytes of the body. */
	gz: number;
}

/** Serves the folder `dir` on a free port and records every response it sends. */
export function recordingServer(dir: string): Promise<{ server: Server; log: Response[]; base: string }>;

/** Opens `path` in a fresh context and waits until the service worker has cached the page's model. */
export function firstVisit(
	browser: Browser,
	dir: string,
	path: string
): Promise<{ responses: Response[]; gz: number; notFound: string[]; duplicates: string[]; framed: string[] }>;
