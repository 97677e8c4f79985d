// A flow file before its data is read: strict UTF-8, and no key twice in one object.
import { visit } from 'jsonc-parser';

export interface Place {
	/** 1-based. */
	line: number;
	/** 1-based, in characters of the line. */
	column: number;
}

/** Line and column of a character offset in `text`. */
export function placeOf(text: string, offset: number): Place {
	const lines = text.slice(0, offset).split('\n');
	return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** Decodes UTF-8 strictly: a byte that is not UTF-8 (a Latin-1 "ø", say) is found, not turned into "�". */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | ({ ok: false; byte: number } & Place) {
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		// Everything before the first bad byte decodes as it is, so count bytes along the lenient decoding.
		const lenient = new TextDecoder('utf-8').decode(bytes);
		let at = 0;
		for (let i = 0; i < lenient.length; ) {
			const code = lenient.codePointAt(i)!;
			const real = code !== 0xfffd || (bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd);
			if (!real) return { ok: false, byte: bytes[at], ...placeOf(lenient, i) };
			at += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
			i += code < 0x10000 ? 1 : 2;
		}
		return { ok: false, byte: bytes[at] ?? 0, ...placeOf(lenient, lenient.length) };
	}
}

/** How deep arrays and objects nest in `text`, which must be valid JSON. */
export function nestingDepth(text: string): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
		else if (c === '}' || c === ']') depth--;
	}
	return deepest;
}

export interface DuplicateKey {
	/** Path of the object that has the key twice. */
	path: (string | number)[];
	key: string;
	first: number;
	again: number;
}

/** Keys given more than once in one object; JSON.parse would silently keep the last. `text` must be valid JSON, not nested deeply (the parser recurses). */
export function duplicateKeys(text: string): DuplicateKey[] {
	const objects: Map<string, number>[] = [];
	const found: DuplicateKey[] = [];
	visit(text, {
		onObjectBegin: () => void objects.push(new Map()),
		onObjectEnd: () => void objects.pop(),
		onObjectProperty: (key, _offset, _length, line, _column, path) => {
			const seen = objects.at(-1)!;
			const first = seen.get(key);
			if (first === undefined) seen.set(key, line + 1);
			else found.push({ path: path(), key, first, again: line + 1 });
		}
	});
	return found;
}
