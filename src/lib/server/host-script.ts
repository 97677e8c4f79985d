// The host script municipalities include (static/embed.js) at a versioned address with a Subresource Integrity
// hash: the browser runs it only if it is exactly what was published, and a new version gets a new address.
// The snippet on /<lang>/bygg-inn/ names it; scripts/postbuild.ts writes the copy there.
import { createHash } from 'node:crypto';

export interface HostScript {
	/** The versioned file, next to embed.js: "embed.<12 hex>.js". */
	file: string;
	/** The value of the script element's integrity attribute. */
	integrity: string;
}

export function hostScript(source: string | Uint8Array): HostScript {
	const digest = createHash('sha384').update(source).digest();
	return { file: `embed.${digest.toString('hex').slice(0, 12)}.js`, integrity: `sha384-${digest.toString('base64')}` };
}
