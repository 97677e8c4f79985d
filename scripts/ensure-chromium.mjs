// Finds the browser for the end-to-end tests: Debian's Chromium. Installs it when missing and run as root.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
if (process.getuid?.() === 0) {
	console.log(`ensure-chromium: ${path} is missing; installing Debian's chromium (apt-get) ...`);
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
	if (existsSync(path)) process.exit(0);
}
console.error(
	`ensure-chromium: no Chromium at ${path}.\n` +
		'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
		'(or set CHROMIUM_PATH to another Chromium binary). Playwright cannot download browsers here.'
);
process.exit(1);
