// Overview diagrams at build time: ELK runs in Node, once per flow and language; pages get the result only.
import ELK from 'elkjs/lib/elk.bundled.js';
import { loadLocale, translator } from '$lib/i18n';
import type { Locale } from '$lib/locales';
import type { LocalFlow } from '$lib/types';
import { diagramOptions, layoutDiagram, type Diagram } from './layout';
import { levelFlow } from './level';

const elk = new ELK();
const laidOut = new Map<string, Promise<Diagram>>();

export function overviewDiagram(flow: LocalFlow, locale: Locale): Promise<Diagram> {
	const key = `${locale}/${flow.id}`;
	if (!laidOut.has(key)) laidOut.set(key, loadLocale(locale, ['pages']).then(() => layoutDiagram(flow, elk, diagramOptions(translator(locale)))));
	return laidOut.get(key)!;
}

/** Of the layout's two directions, the one a frame of this shape shows larger (the other would be scaled down more). */
async function fitted(flow: LocalFlow, locale: Locale, frame: { width: number; height: number }): Promise<Diagram> {
	await loadLocale(locale, ['pages']);
	const [down, right] = await Promise.all(
		(['DOWN', 'RIGHT'] as const).map((direction) => layoutDiagram(flow, elk, { ...diagramOptions(translator(locale)), direction }))
	);
	const scale = (d: Diagram) => Math.min(frame.width / d.width, frame.height / d.height);
	return scale(right) > scale(down) ? right : down;
}

/** Paper in landscape (A3 and A4 have the same shape), less margins and the poster's heading and foot, in px at 96 dpi. */
export const POSTER_FRAME = { width: 400 * 3.78, height: 240 * 3.78 };
const GUTTER = 30;

/**
 * How a poster shows a model: the whole diagram, or (for a model of several levels) each level's own diagram side
 * by side in columns or one above the other in rows; whichever shows the text largest on the paper.
 */
export interface Poster {
	arrangement: 'whole' | 'columns' | 'rows';
	diagrams: Diagram[];
}

export async function posterDiagrams(flow: LocalFlow, locale: Locale): Promise<Poster> {
	await loadLocale(locale, ['pages']);
	const lay = (f: LocalFlow, direction: 'DOWN' | 'RIGHT') => layoutDiagram(f, elk, { ...diagramOptions(translator(locale)), direction });
	const levels = flow.levels.length > 1 ? flow.levels.map((l) => levelFlow(flow, l.id)) : [];
	const [whole, columns, rows] = await Promise.all([
		fitted(flow, locale, POSTER_FRAME).then((d) => [d]),
		Promise.all(levels.map((f) => lay(f, 'DOWN'))),
		Promise.all(levels.map((f) => lay(f, 'RIGHT')))
	]);
	const sum = (ds: Diagram[], side: 'width' | 'height') => ds.reduce((total, d) => total + d[side], 0) + GUTTER * (ds.length - 1);
	const most = (ds: Diagram[], side: 'width' | 'height') => Math.max(...ds.map((d) => d[side]));
	const { width: W, height: H } = POSTER_FRAME;
	const options_: [Poster['arrangement'], Diagram[], number][] = [
		['whole', whole, Math.min(W / whole[0].width, H / whole[0].height)],
		...(levels.length
			? ([
					['columns', columns, Math.min(W / sum(columns, 'width'), H / most(columns, 'height'))],
					['rows', rows, Math.min(W / most(rows, 'width'), H / sum(rows, 'height'))]
				] as [Poster['arrangement'], Diagram[], number][])
			: [])
	];
	const [arrangement, diagrams] = options_.reduce((best, o) => (o[2] > best[2] ? o : best));
	return { arrangement, diagrams };
}

/** The room for a diagram on a slide (the 1280 × 720 canvas less its heading), in px. */
export const SLIDE_FRAME = { width: 1184, height: 560 };

/** Each level on its own, for the presentation's diagram slides. */
export async function levelDiagrams(flow: LocalFlow, locale: Locale): Promise<Record<string, Diagram>> {
	const laid = await Promise.all(flow.levels.map((l) => fitted(levelFlow(flow, l.id), locale, SLIDE_FRAME)));
	return Object.fromEntries(flow.levels.map((l, i) => [l.id, laid[i]]));
}
