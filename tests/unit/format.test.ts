// formatFlow: the one way a flow file is written (flows:new, flows:format, the studio's download).
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { z } from 'zod';
import { formatFlow, KEY_ORDER } from '../../src/lib/flow/format';
import { Contact, Deadline, Flow, Level, Municipality, Option, OutcomeNode, QuestionNode, ServiceNote, Source, StepNode, Text, Tool } from '../../src/lib/flow/schema';
import { templateFlow } from '../../src/lib/flow/template';

const files = readdirSync('flows').filter((n) => n.endsWith('.json') && n !== 'flow.schema.json');

/** The same data with every object's keys in reverse order. */
function reversed(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(reversed);
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]));
}

const keys = (schema: z.ZodObject) => Object.keys(schema.shape).sort();

describe('formatFlow', () => {
	it.each(files)('writes flows/%s exactly as it is (else: npm run flows:format)', (name) => {
		const text = readFileSync(`flows/${name}`, 'utf8');
		expect(formatFlow(JSON.parse(text)) === text, `flows/${name} is not in the flow format: run npm run flows:format`).toBe(true);
	});

	it('writes keys in the same order whatever order they came in, with tabs and a final line break', () => {
		for (const name of files) {
			const data = JSON.parse(readFileSync(`flows/${name}`, 'utf8'));
			expect(formatFlow(reversed(data))).toBe(formatFlow(data));
		}
		const text = formatFlow(reversed(templateFlow('ny-modell', '2026-11-26')));
		expect(text.startsWith('{\n\t"$schema": "./flow.schema.json",\n\t"id": "ny-modell",\n\t"version": "0.1.0",\n\t"status": "draft",\n')).toBe(true);
		expect(text.endsWith('\n}\n')).toBe(true);
		expect(formatFlow(JSON.parse(text))).toBe(text);
	});

	it('knows every key of the schema, for each kind of object', () => {
		const nodeKeys = [...new Set([StepNode, QuestionNode, OutcomeNode].flatMap(keys))].sort();
		const expected: Record<string, string[]> = {
			flow: keys(Flow), municipality: keys(Municipality), source: keys(Source), level: keys(Level),
			step: keys(Level.shape.steps.element as z.ZodObject), contact: keys(Contact), tool: keys(Tool), deadline: keys(Deadline),
			period: ['days', 'weeks'], node: nodeKeys, option: keys(Option), contactRef: keys(QuestionNode.shape.contacts.unwrap().element as z.ZodObject),
			serviceNote: keys(ServiceNote), text: keys(Text)
		};
		expect(Object.fromEntries(Object.entries(KEY_ORDER).map(([k, v]) => [k, [...v].sort()]))).toEqual(expected);
	});

	it('keeps what it does not know, after the known keys, and any JSON value as it is', () => {
		expect(formatFlow({ colour: 'red', nodes: [{ next: 'b', extra: [1, { z: 1, a: 2 }], id: 'a' }], id: 'x' })).toBe(
			'{\n\t"id": "x",\n\t"nodes": [\n\t\t{\n\t\t\t"id": "a",\n\t\t\t"next": "b",\n\t\t\t"extra": [\n\t\t\t\t1,\n\t\t\t\t{\n\t\t\t\t\t"z": 1,\n\t\t\t\t\t"a": 2\n\t\t\t\t}\n\t\t\t]\n\t\t}\n\t],\n\t"colour": "red"\n}\n'
		);
		for (const value of [null, [], 'text', 3]) expect(formatFlow(value)).toBe(`${JSON.stringify(value)}\n`);
	});
});
