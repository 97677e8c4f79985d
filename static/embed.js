/*
 * Undringsveiviseren: makes each embedded wizard's iframe as tall as its content. The snippet on the
 * wizard's page /nb/bygg-inn/ has the iframe and the script element to paste. (No closing script tag in this
 * comment: the file may be pasted inline, where one would end the script early.)
 * It works however it is included: at the end of the page, async, deferred, as type="module", late (a tag
 * manager, after a consent banner), from a copy on the host's own server, or pasted inline. It never uses its
 * own address: each frame's wizard origin comes from the frame's src.
 * Frames: those marked data-undringsveiviseren or, if a CMS stripped the mark, those whose src is under
 * /embed/nb/ or /embed/nn/. When it starts, it asks each frame for its height; a frame also posts its height
 * whenever it changes. A height is used only if it comes from that frame's window and the origin of its src.
 */
(function () {
	'use strict';
	var HEIGHT = 'undringsveiviseren:height';
	var ASK = 'undringsveiviseren:ask-height';

	function address(frame) {
		try {
			return new URL(frame.src, location.href);
		} catch (e) {
			return null;
		}
	}

	function frames() {
		return Array.prototype.filter.call(document.getElementsByTagName('iframe'), function (frame) {
			var url = address(frame);
			return frame.hasAttribute('data-undringsveiviseren') || (url !== null && /\/embed\/(nb|nn)\//.test(url.pathname));
		});
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== HEIGHT || typeof data.height !== 'number' || !isFinite(data.height)) return;
		frames().forEach(function (frame) {
			var url = address(frame);
			if (frame.contentWindow !== event.source || url === null || url.origin !== event.origin) return;
			frame.style.height = Math.max(200, Math.min(20000, Math.round(data.height))) + 'px';
			frame.style.minHeight = '0';
			frame.setAttribute('scrolling', 'no');
		});
	});

	// The question carries nothing: any window may hear it. Frames still loading post their height when ready.
	function ask() {
		frames().forEach(function (frame) {
			if (frame.contentWindow) frame.contentWindow.postMessage({ type: ASK }, '*');
		});
	}
	ask();
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
})();
