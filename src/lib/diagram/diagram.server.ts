// Overview diagrams at build time: ELK runs in Node, once per flow and language; pages get the result only.
import ELK from 'elkjs/lib/elk.bundled.js';
import { loadLocale, translator } from '$lib/i18n';
import type { Locale } from '$lib/locales';
import type { LocalFlow } from '$lib/types';
import { diagramOptions, layoutDiagram, type Diagram } from './layout';

const elk = new ELK();
const laidOut = new Map<string, Promise<Diagram>>();

export function overviewDiagram(flow: LocalFlow, locale: Locale): Promise<Diagram> {
	const key = `${locale}/${flow.id}`;
	if (!laidOut.has(key)) laidOut.set(key, loadLocale(locale, ['pages']).then(() => layoutDiagram(flow, elk, diagramOptions(translator(locale)))));
	return laidOut.get(key)!;
}
