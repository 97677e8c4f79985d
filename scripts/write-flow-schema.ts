// `npm run flows:schema`: writes flows/flow.schema.json from the zod schema, for editor completion.
import { writeFileSync } from 'node:fs';
import { flowJsonSchema } from '../src/lib/flow/json-schema';

writeFileSync('flows/flow.schema.json', flowJsonSchema());
console.log('wrote flows/flow.schema.json');
