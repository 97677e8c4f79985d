// The user's way through one flow in this browser tab (sessionStorage, or memory where it is denied).
import { getContext, setContext } from 'svelte';
import * as engine from '$lib/flow/engine';
import { isWorryDate, restore, storageKey, type Saved } from '$lib/flow/saved';
import { localToday } from '$lib/flow/deadline';
import * as tab from './tab-storage';
import { takeHandOver } from './hand-over';
import type { Trail } from '$lib/flow/engine';
import type { FlowGraph } from '$lib/flow/views';

export class Progress {
	trail = $state<Trail>({ from: '', answers: [] });
	/** The day the worry arose, "YYYY-MM-DD"; undefined means today. */
	worry = $state<string | undefined>(undefined);
	/** Why a saved state was thrown away, shown once as a notice. */
	notice = $state<'corrupt' | 'version' | undefined>(undefined);
	/** False until the saved state has been read in the browser. */
	ready = $state(false);
	/** Whether this tab holds a way through this flow (a new tab, or one after "Slett", holds none). */
	stored = $state(false);

	readonly flow: FlowGraph;

	constructor(flow: FlowGraph) {
		this.flow = flow;
		this.trail = engine.startTrail(flow);
	}

	/** Reads the saved state once; every method that reads or changes the trail calls it first. */
	load(): void {
		if (this.ready) return;
		// Answers a frame handed over ("Åpne i fullt vindu") come first; this tab then keeps them.
		const handed = takeHandOver();
		const restored = restore(handed ?? tab.read(storageKey(this.flow.id)), this.flow);
		if (restored.status === 'ok') {
			this.trail = { from: restored.saved.from, answers: restored.saved.answers };
			this.worry = restored.saved.worry;
			this.stored = true;
			if (handed !== undefined) this.save();
		} else if (restored.status === 'discarded') {
			this.notice = restored.reason;
			this.remove();
		}
		this.ready = true;
	}

	get today(): string {
		return localToday();
	}

	get walk() {
		return engine.walk(this.flow, this.trail);
	}

	arrive(nodeId: string, history: boolean): void {
		this.load();
		this.set(engine.arrive(this.flow, this.trail, nodeId, history));
	}

	answer(choice: string): void {
		this.load();
		this.set(engine.answer(this.flow, this.trail, choice));
	}

	back(): void {
		this.load();
		this.set(engine.back(this.flow, this.trail));
	}

	change(index: number, choice: string): void {
		this.load();
		this.set(engine.change(this.flow, this.trail, index, choice));
	}

	/** A date in the future or long ago (typed past the field's min and max) counts as today. */
	setWorry(date: string | undefined): void {
		this.load();
		this.worry = date && isWorryDate(date, this.today) ? date : undefined;
		this.save();
	}

	/** "Slett": forgets everything about this flow in this tab; returns what undoes it. */
	clear(): () => void {
		const { trail, worry } = this;
		this.trail = engine.startTrail(this.flow);
		this.worry = undefined;
		this.remove();
		return () => {
			this.trail = trail;
			this.worry = worry;
			this.save();
		};
	}

	restart(): void {
		this.load();
		this.trail = engine.startTrail(this.flow);
		this.save();
	}

	private set(trail: Trail): void {
		this.trail = trail;
		this.save();
	}

	private save(): void {
		const saved: Saved = {
			flow: this.flow.id,
			version: this.flow.version,
			from: this.trail.from,
			answers: [...this.trail.answers],
			...(this.worry ? { worry: this.worry } : {})
		};
		this.stored = true;
		tab.write(storageKey(this.flow.id), JSON.stringify(saved));
	}

	private remove(): void {
		this.stored = false;
		tab.remove(storageKey(this.flow.id));
	}
}

const KEY = Symbol('progress');
/** Shares the flow's Progress with the pages below the flow layout. */
export function provideProgress(get: () => Progress): void {
	setContext(KEY, get);
}

export function useProgress(): Progress {
	return getContext<() => Progress>(KEY)();
}
