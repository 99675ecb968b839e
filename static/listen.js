// Paso: "Listen" reads an article aloud with the device's own voices (Web Speech API),
// paragraph by paragraph, highlighting the one being read. Only voices that run on the device
// (localService) are used, so no text ever leaves it; without such a voice for the page's
// language, or without JavaScript, the control stays hidden.
(function () {
  "use strict";
  var box = document.querySelector("[data-listen]");
  var synth = window.speechSynthesis;
  if (!box || !synth || !window.SpeechSynthesisUtterance) return;
  var article = box.closest("article") || document.body;
  var lang = (article.getAttribute("lang") || document.documentElement.lang || "").toLowerCase();
  var play = box.querySelector(".listen-play");
  var stop = box.querySelector(".listen-stop");
  var voice = null;
  var blocks = [];
  var index = 0;
  var state = "idle"; // idle, speaking, paused
  var run = 0; // bumped on stop, so a cancelled utterance's end starts nothing

  // The best on-device voice for the page's language: exact tag, then the same language
  // (zh-Hans prefers zh-CN), never a network voice.
  function findVoice() {
    var base = lang.split("-")[0];
    var best = null;
    var bestScore = 0;
    synth.getVoices().forEach(function (v) {
      if (!v.localService) return;
      var l = (v.lang || "").toLowerCase().replace("_", "-");
      var score = l === lang ? 3 : l === "zh-cn" && lang === "zh-hans" ? 2 : l.split("-")[0] === base ? 1 : 0;
      if (score > bestScore) { best = v; bestScore = score; }
    });
    return best;
  }

  function setup() {
    voice = findVoice();
    box.hidden = !voice;
    if (!voice && state !== "idle") end();
  }

  function collect() {
    var all = article.querySelectorAll("h1, .lead, .content h2, .content h3, .content h4, .content p, .content li, .content td, .content th");
    var list = [];
    for (var i = 0; i < all.length; i++) {
      var el = all[i];
      var parent = el.parentElement && el.parentElement.closest("li, td, th");
      if (parent && article.contains(parent)) continue; // read once, as part of its item
      if (el.textContent.trim()) list.push(el);
    }
    return list;
  }

  function mark(el) {
    var old = article.querySelector(".listen-current");
    if (old) old.classList.remove("listen-current");
    if (el) {
      el.classList.add("listen-current");
      if (el.scrollIntoView) el.scrollIntoView({ block: "nearest" });
    }
  }

  function label(text, pressed) {
    play.textContent = text;
    play.setAttribute("aria-pressed", pressed ? "true" : "false");
  }

  function speak(mine) {
    if (mine !== run) return;
    if (index >= blocks.length) { end(); return; }
    var el = blocks[index];
    var u = new SpeechSynthesisUtterance(el.textContent.replace(/\s+/g, " ").trim());
    u.voice = voice;
    u.lang = voice.lang;
    u.onend = function () { if (mine === run) { index += 1; speak(mine); } };
    u.onerror = u.onend;
    mark(el);
    synth.speak(u);
  }

  function end() {
    run += 1;
    synth.cancel();
    state = "idle";
    mark(null);
    label(box.getAttribute("data-play"), false);
    stop.hidden = true;
  }

  play.addEventListener("click", function () {
    if (state === "idle") {
      blocks = collect();
      index = 0;
      state = "speaking";
      stop.hidden = false;
      label(box.getAttribute("data-pause"), true);
      synth.cancel();
      speak(run);
    } else if (state === "speaking") {
      synth.pause();
      state = "paused";
      label(box.getAttribute("data-resume"), false);
    } else {
      synth.resume();
      state = "speaking";
      label(box.getAttribute("data-pause"), true);
    }
  });
  stop.addEventListener("click", function () { end(); play.focus(); });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && state !== "idle") end();
  });
  // Leaving the page (or a kiosk's idle reset) stops the voice.
  window.addEventListener("pagehide", function () { synth.cancel(); });
  if (synth.addEventListener) synth.addEventListener("voiceschanged", setup);
  setup();
})();
