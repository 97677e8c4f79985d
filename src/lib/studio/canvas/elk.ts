// Lays out the canvas in a web worker (layout.worker.ts); the latest request wins.
import type { Diagram, DiagramOptions } from '$lib/diagram/layout';
import type { LocalFlow } from '$lib/types';
import type { LayoutAnswer } from './layout.worker';

let worker: Worker | undefined;
let last = 0;
const waiting = new Map<number, { resolve: (d: Diagram) => void; reject: (e: Error) => void }>();

export function layoutInWorker(flow: LocalFlow, options: DiagramOptions): Promise<Diagram> {
	if (!worker) {
		worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = ({ data }: MessageEvent<LayoutAnswer>) => {
			const pending = waiting.get(data.id);
			waiting.delete(data.id);
			if ('diagram' in data) pending?.resolve(data.diagram);
			else pending?.reject(new Error(data.error));
		};
		// A worker that cannot start (or stops) fails every request, and the next one starts a new worker.
		worker.onerror = () => {
			for (const pending of waiting.values()) pending.reject(new Error('The layout worker failed.'));
			waiting.clear();
			worker?.terminate();
			worker = undefined;
		};
	}
	const id = ++last;
	return new Promise((resolve, reject) => {
		waiting.set(id, { resolve, reject });
		worker!.postMessage({ id, flow, options });
	});
}
