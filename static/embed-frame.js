/*
 * Undringsveiviseren inside a municipality's iframe (every /embed/ page loads it): posts the page's height to
 * the host page, where embed.js resizes the iframe, whenever it changes and whenever the host asks. The
 * height is not secret and the host's origin is not known here, so it goes to any parent: embed.js checks ours.
 */
(function () {
	'use strict';
	if (window.parent === window) return;
	var last = -1;
	function post(always) {
		var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last && !always) return;
		last = height;
		window.parent.postMessage({ type: 'undringsveiviseren:height', height: height }, '*');
	}
	window.addEventListener('message', function (event) {
		if (event.source === window.parent && event.data && event.data.type === 'undringsveiviseren:ask-height') post(true);
	});
	new ResizeObserver(function () {
		post(false);
	}).observe(document.documentElement);
})();
