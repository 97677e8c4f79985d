// This tab's storage: sessionStorage where the browser allows it, and always a copy in memory. In a frame on
// a municipality's site (another site), browsers often deny sessionStorage; the copy then keeps the answers
// for as long as the tab shows the wizard.
const memory = new Map<string, string>();

export function read(key: string): string | null {
	const kept = memory.get(key);
	if (kept !== undefined) return kept;
	try {
		return sessionStorage.getItem(key);
	} catch {
		return null;
	}
}

export function write(key: string, value: string): void {
	memory.set(key, value);
	try {
		sessionStorage.setItem(key, value);
	} catch {
		// Full or denied: the copy in memory still holds it.
	}
}

export function remove(key: string): void {
	memory.delete(key);
	try {
		sessionStorage.removeItem(key);
	} catch {
		// Denied: there is nothing stored to remove.
	}
}
