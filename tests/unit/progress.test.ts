// The way through a flow in this tab: opening a page off the way asks before throwing answers away, and
// "Start på nytt" or "Begynn her" can be undone.
import { afterEach, describe, expect, it } from 'vitest';
import { graphOf } from '../../src/lib/flow/views';
import { localize } from '../../src/lib/flow/localize';
import { storageKey } from '../../src/lib/flow/saved';
import { Progress } from '../../src/lib/state/progress.svelte';
import * as tab from '../../src/lib/state/tab-storage';
import { loadFlow } from './flow-helpers';

const heim = () => {
	const progress = new Progress(graphOf(localize(loadFlow('heim'), 'nb')));
	progress.arrive('steg-1', false);
	for (const choice of ['neste', 'neste', 'neste']) progress.answer(choice);
	return progress;
};
const kongsvinger = () => {
	const progress = new Progress(graphOf(localize(loadFlow('kongsvinger'), 'nb')));
	progress.arrive('niva-0-trinn-1', false);
	for (const choice of ['neste', 'neste']) progress.answer(choice);
	return progress;
};
const at = (progress: Progress) => progress.walk.current.id;
/** What WayNotice's buttons do. */
const beginHere = (progress: Progress) => progress.swap(progress.pending!.trail, progress.worry, progress.pending!.node);
const undo = (progress: Progress) => {
	progress.swap(progress.setAside!.trail, progress.setAside!.worry);
	return at(progress);
};

describe('a case under way', () => {
	// The tab's storage keeps a copy in memory (tab-storage.ts): each test begins in a fresh tab.
	afterEach(() => ['heim', 'kongsvinger'].forEach((id) => tab.remove(storageKey(id))));

	it('is kept when a page off the way is opened, until the user begins there', () => {
		const progress = kongsvinger();
		expect(at(progress)).toBe('niva-0-trinn-3');
		progress.arrive('niva-2-samarbeidsmote', false); // a deep link, or a step picked in the overview
		expect(progress.pending?.node).toBe('niva-2-samarbeidsmote');
		expect(progress.walk.answers).toEqual(['neste', 'neste']);
		beginHere(progress);
		expect(progress.pending).toBeUndefined();
		expect(progress.trail).toEqual({ from: 'niva-2-samarbeidsmote', answers: [] });
		// …and can be brought back on that page.
		expect(undo(progress)).toBe('niva-0-trinn-3');
		expect(progress.walk.answers).toEqual(['neste', 'neste']);
	});

	it('asks before a link back to an earlier page drops later answers; the back button just goes back', () => {
		const progress = heim();
		progress.arrive('steg-2', false);
		expect(progress.pending?.node).toBe('steg-2');
		expect(progress.walk.answers).toHaveLength(3);
		progress.arrive('grunn-til-oppfolging', false); // "Gå tilbake til der du var"
		expect(progress.pending).toBeUndefined();
		progress.arrive('steg-2', true);
		expect(progress.pending).toBeUndefined();
		expect(at(progress)).toBe('steg-2');
	});

	it('answering on a page off the way begins there', () => {
		const progress = kongsvinger();
		progress.arrive('niva-1-trinn-1', false);
		progress.answer('neste');
		expect(progress.trail).toEqual({ from: 'niva-1-trinn-1', answers: ['neste'] });
		expect(progress.setAside?.trail.answers).toEqual(['neste', 'neste']);
		// The undo is offered on the page where the answers were put aside, not further on.
		progress.arrive('niva-1-trinn-2', false);
		expect(progress.setAside).toBeUndefined();
	});

	it('"Start på nytt" can be undone on the start page', () => {
		const progress = heim();
		progress.restart();
		expect(progress.walk.answers).toEqual([]);
		progress.arrive('steg-1', false);
		expect(progress.setAside).toBeDefined();
		expect(undo(progress)).toBe('grunn-til-oppfolging');
	});

	it('never asks when there is nothing to lose', () => {
		const progress = new Progress(graphOf(localize(loadFlow('heim'), 'nb')));
		progress.arrive('steg-3', false);
		expect(progress.pending).toBeUndefined();
		expect(at(progress)).toBe('steg-3');
	});
});
