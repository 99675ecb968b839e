// paso preview only: reloads the page when the content was rebuilt. Never in a served or
// exported site.
(function () {
  "use strict";
  var me = document.currentScript;
  var build = me ? me.getAttribute("data-build") : null;
  if (!window.EventSource) return;
  var events = new EventSource("/__paso/events");
  events.onmessage = function (e) {
    if (e.data !== build) {
      events.close();
      location.reload();
    }
  };
})();
