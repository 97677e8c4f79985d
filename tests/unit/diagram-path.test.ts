// A case walk's way on the overview diagram: the boxes walked, the arrows taken, the deadlines' dates.
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { walk } from '../../src/lib/flow/engine';
import { localize } from '../../src/lib/flow/localize';
import { layoutDiagram } from '../../src/lib/diagram/layout';
import { diagramPath } from '../../src/lib/diagram/path';
import { loadFlow } from './flow-helpers';
import type { LocalFlow } from '../../src/lib/types';

const options = { unfinished: 'uferdig', endings: { resolved: 'Avsluttet', onward: 'Videre', report: 'Melding' } };

describe('diagramPath', () => {
	it('marks the boxes walked, the arrows taken and the dates of deadlines (Heim, to the decision and one answer on)', async () => {
		const flow = localize(loadFlow('heim'), 'nb') as LocalFlow;
		const diagram = await layoutDiagram(flow, new ELK(), options);
		const walked = walk(flow, { from: 'steg-1', answers: ['neste', 'neste', 'neste', 'tiltak'] });
		const path = diagramPath(diagram, walked, (node) => (node.deadlines ? '9. november 2026' : undefined));
		expect(path.boxes).toEqual(['step:steg-1', 'step:steg-2', 'step:steg-3', 'step:steg-4', 'node:grunn-til-oppfolging', 'node:niva-1']);
		expect(path.edges).toEqual(expect.arrayContaining(['next:steg-1', 'next:steg-2', 'next:steg-3', 'entry:steg-4', 'option:grunn-til-oppfolging:tiltak']));
		expect(path.edges).not.toContain('option:grunn-til-oppfolging:ikke-nodvendig');
		for (const id of path.edges) expect(diagram.edges.some((e) => e.id === id)).toBe(true);
		expect(path.dates).toEqual({ 'step:steg-3': '9. november 2026' });
	});
});
