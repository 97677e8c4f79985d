import { z } from 'zod';
import { Flow } from './schema';

/** The JSON Schema of a flow file, as checked in at flows/flow.schema.json. */
export function flowJsonSchema(): string {
	const schema = z.toJSONSchema(Flow, { io: 'input' });
	return JSON.stringify({ ...schema, title: 'Undringsveiviseren flow' }, null, '\t') + '\n';
}
