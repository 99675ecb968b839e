// Paso kiosk: after a while without a touch, clear what was typed and go back to the
// language choice, so the next person starts fresh. Only served with `paso serve --kiosk`.
(function () {
  "use strict";
  var script = document.currentScript;
  var idle = (parseInt(script.getAttribute("data-idle"), 10) || 120) * 1000;
  var home = script.getAttribute("data-home");
  var timer;
  function reset() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var fields = document.querySelectorAll("input, textarea");
      for (var i = 0; i < fields.length; i++) fields[i].value = "";
      window.location.replace(home);
    }, idle);
  }
  ["pointerdown", "keydown", "scroll", "touchstart", "wheel"].forEach(function (name) {
    window.addEventListener(name, reset, { passive: true });
  });
  reset();
})();
