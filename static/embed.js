/*
 * Undringsveiviseren: auto-height for embedded wizards. Include on the host page:
 *   <iframe src="https://<wizard>/embed/nb/kongsvinger/" data-undringsveiviseren title="..." ...></iframe>
 *   <script src="https://<wizard>/embed.js" async></script>
 * The framed wizard posts {type: 'undringsveiviseren:height', height}; only messages from the
 * iframe's own window and origin are used, everything else is ignored.
 */
(function () {
	'use strict';
	var TYPE = 'undringsveiviseren:height';
	var script = document.currentScript;
	var wizardOrigin = script ? new URL(script.src, location.href).origin : null;

	function frames() {
		return document.querySelectorAll('iframe[data-undringsveiviseren]');
	}

	window.addEventListener('message', function (event) {
		if (event.origin !== wizardOrigin) return;
		var data = event.data;
		if (!data || data.type !== TYPE || typeof data.height !== 'number' || !isFinite(data.height)) return;
		var list = frames();
		for (var i = 0; i < list.length; i++) {
			var frame = list[i];
			if (frame.contentWindow !== event.source) continue;
			if (new URL(frame.src, location.href).origin !== event.origin) continue;
			frame.style.height = Math.max(200, Math.min(20000, Math.round(data.height))) + 'px';
			frame.setAttribute('scrolling', 'no');
		}
	});
})();
