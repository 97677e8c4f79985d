// The studio's canvas layout off the page's thread: the trainers' diagram layout (src/lib/diagram/layout.ts)
// with ELK, in this web worker, so neither ELK nor the layout is in any page's JavaScript.
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutDiagram, type Diagram, type DiagramOptions } from '$lib/diagram/layout';
import type { LocalFlow } from '$lib/types';

export type LayoutRequest = { id: number; flow: LocalFlow; options: DiagramOptions };
export type LayoutAnswer = { id: number; diagram: Diagram } | { id: number; error: string };

const elk = new ELK();
// Loaded in a worker, elk.bundled.js also answers messages as ELK's own worker would: this one answers instead.
self.onmessage = async ({ data }: MessageEvent<LayoutRequest>) => {
	let answer: LayoutAnswer;
	try {
		answer = { id: data.id, diagram: await layoutDiagram(data.flow, elk, data.options) };
	} catch (e) {
		answer = { id: data.id, error: String(e) };
	}
	self.postMessage(answer);
};
