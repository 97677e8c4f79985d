// Static hosts serve 404.html for unknown paths: copy the prerendered not-found pages there.
import { copyFileSync } from 'node:fs';
import { LOCALES } from '../src/lib/flow/schema';

for (const lang of LOCALES) copyFileSync(`build/${lang}/ikke-funnet/index.html`, `build/${lang}/404.html`);
copyFileSync('build/nb/ikke-funnet/index.html', 'build/404.html');
console.log('postbuild: wrote build/404.html, build/nb/404.html, build/nn/404.html');
