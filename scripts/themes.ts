// Each model that names its municipality's brand colour gets its accent as theme/<id>.css, which its pages link.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { themeCss } from '../src/lib/flow/theme';

/** Writes `build`/theme/<id>.css for each flow file that names a brandColor; returns the ids. */
export function writeThemes(flowFiles: string[], build: string): string[] {
	const written: string[] = [];
	for (const file of flowFiles) {
		const { id, brandColor } = JSON.parse(readFileSync(file, 'utf8')) as { id: string; brandColor?: string };
		if (!brandColor) continue;
		mkdirSync(join(build, 'theme'), { recursive: true });
		writeFileSync(join(build, 'theme', `${id}.css`), themeCss(brandColor));
		written.push(id);
	}
	return written;
}
