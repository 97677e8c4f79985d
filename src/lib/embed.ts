// The framed side of embedding: report the page's height to the host page (static/embed.js resizes the iframe).

/** The message type the host script listens for. */
export const HEIGHT_MESSAGE = 'undringsveiviseren:height';

/** Posts the document height to the parent whenever it changes; returns a stop function. */
export function postHeight(): (() => void) | undefined {
	if (window.parent === window) return undefined;
	let last = 0;
	const post = () => {
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		// The height is not secret, and the host's origin is not known here: the host script checks ours.
		window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
	};
	const observer = new ResizeObserver(post);
	observer.observe(document.documentElement);
	post();
	return () => observer.disconnect();
}
