// Paso: small improvements for readers with JavaScript. Every page works without it.
(function () {
  "use strict";
  // Quick exit: replace this page in the tab's history, so Back does not return to the guide.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-quick-exit]");
    if (!link) return;
    event.preventDefault();
    window.location.replace(link.href);
  });
  // Offline store: only on secure pages (HTTPS or this device), and only when the reader asks.
  var button = document.querySelector("[data-keep-offline]");
  if (!button || !window.isSecureContext || !("serviceWorker" in navigator)) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    button.disabled = true;
    navigator.serviceWorker
      .register(button.getAttribute("data-sw"), { scope: button.getAttribute("data-scope") || "./" })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (registration) {
        // The worker answers once every page is stored (or storing failed).
        navigator.serviceWorker.addEventListener("message", function (event) {
          if (!event.data || !("stored" in event.data)) return;
          if (event.data.stored) {
            button.textContent = button.getAttribute("data-done");
            button.setAttribute("data-stored", "");
          } else {
            button.disabled = false;
          }
        });
        registration.active.postMessage({ store: new URL(button.getAttribute("data-list"), location.href).href });
      })
      .catch(function () { button.disabled = false; });
  });
})();
