// optuna-dashboard's bundle asks for /api/..., /csv/... and /artifacts/... at the root of the
// host; openamt serves the dashboard under /dashboard. Loaded before the bundle, this sends
// those requests (fetch calls, and the CSV download links when clicked) under the prefix.
(function () {
  "use strict";
  var script = document.currentScript;
  var prefix = new URL(script.src).pathname.replace(/\/static\/[^/]*$/, "");
  var own = /^\/(api|csv|artifacts)\//;
  var fetch = window.fetch.bind(window);
  window.fetch = function (input, init) {
    if (typeof input === "string" && own.test(input)) {
      input = prefix + input;
    }
    return fetch(input, init);
  };
  document.addEventListener(
    "click",
    function (event) {
      var link = event.target && event.target.closest && event.target.closest("a[href]");
      var href = link && link.getAttribute("href");
      if (href && own.test(href)) {
        link.setAttribute("href", prefix + href);
      }
    },
    true
  );
})();
