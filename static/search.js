// Paso offline search: searches the guide's index as the reader types. The same folding,
// splitting and ranking as the server (src/search/), so results agree; no framework, no
// request. Works from file:// and inside the single-file copy, whose index comes gzipped.
(function () {
  "use strict";
  function load(ready) {
    if (window.PASO_SEARCH) return ready(window.PASO_SEARCH);
    var packed = window.PASO_SEARCH_GZ;
    if (!packed || typeof DecompressionStream === "undefined") return;
    var bin = atob(packed), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip")))
      .text()
      .then(function (t) { ready(JSON.parse(t)); });
  }
  load(start);

  function start(data) {
  var box = document.getElementById("search-results");
  var input = document.getElementById("q");
  if (!box || !input) return;
  var wrapper = document.querySelector(".single-search");
  if (wrapper) wrapper.hidden = false;
  var hint = document.querySelector(".search-hint");
  if (hint) hint.hidden = true;
  var MAX_CHARS = 200, MAX_WORDS = 12, MAX_PREFIX = 40, W_TITLE = 5, W_HEADING = 3, K1 = 1.2, B = 0.75, COMMON = 0.7, TYPO_MIN = 5, TYPO_TWO = 8;

  var form = input.form;
  var stemOf = Object.create(null);
  Object.keys(data.f).forEach(function (stem) {
    data.f[stem].forEach(function (form) { stemOf[form] = stem; });
  });
  var allForms = Object.keys(stemOf).concat(Object.keys(data.p)).sort();
  var postings = Object.create(null);
  // Packed as "delta[.heading][:body]" in base 36 (see Index::to_json).
  Object.keys(data.p).forEach(function (stem) {
    var section = 0;
    postings[stem] = data.p[stem].split(",").map(function (e) {
      var m = /^([0-9a-z]+)(?:\.([0-9a-z]+))?(?::([0-9a-z]+))?$/.exec(e);
      section += parseInt(m[1], 36);
      return [section, m[2] ? parseInt(m[2], 36) : 0, m[3] !== undefined ? parseInt(m[3], 36) : 1];
    });
  });
  var nSections = data.s.length;

  var CJK = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{2FA1F}]/u;
  var WORD = /[\p{Alphabetic}\p{N}]/u;
  var MARKS = /[\u0300-\u036F\u1AB0-\u1AFF\u20D0-\u20FF\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
  function fold(s) {
    return s.normalize("NFD").replace(MARKS, "").toLowerCase().replace(/[أإآٱ]/g, "ا").replace(/ى/g, "ي");
  }
  // Words with their places in the text; Chinese runs give character pairs.
  function tokens(text) {
    var out = [], chars = Array.from(text), pos = [], at = 0;
    chars.forEach(function (c) { pos.push(at); at += c.length; });
    var i = 0;
    while (i < chars.length) {
      var c = chars[i];
      if (CJK.test(c)) {
        var j = i;
        while (j < chars.length && CJK.test(chars[j])) j++;
        if (j - i === 1) out.push({ form: c, start: pos[i], end: pos[i] + c.length });
        for (var k = i; k + 1 < j; k++) out.push({ form: chars[k] + chars[k + 1], start: pos[k], end: pos[k + 1] + chars[k + 1].length });
        i = j;
      } else if (WORD.test(c)) {
        var e = i;
        while (e < chars.length && WORD.test(chars[e]) && !CJK.test(chars[e])) e++;
        var f = fold(text.slice(pos[i], pos[e - 1] + chars[e - 1].length));
        if (f) out.push({ form: f, start: pos[i], end: pos[e - 1] + chars[e - 1].length });
        i = e;
      } else {
        i++;
      }
    }
    return out;
  }
  function known(stem) { return stem in postings || stem in data.t; }
  // A word the guide never uses has no entry in the forms map; its longest known beginning
  // stands in for the stemmer the server has ("negarme" → "neg").
  function ownStem(word) {
    if (stemOf[word]) return stemOf[word];
    if (known(word) || CJK.test(word)) return word;
    var chars = Array.from(word);
    for (var n = chars.length - 1; n >= Math.max(3, Math.ceil(chars.length * 0.4)); n--) {
      var head = chars.slice(0, n).join("");
      if (known(head)) return head;
    }
    return word;
  }
  // Stop words (src/search/stop.rs): a Chinese pair is one when any of its characters is.
  var stop = Object.create(null);
  (data.w || []).forEach(function (w) { stop[w] = true; });
  function isStop(form) {
    if (CJK.test(form)) return Array.from(form).some(function (c) { return stop[c]; });
    return !!stop[form];
  }
  function levenshtein(a, b) {
    a = Array.from(a); b = Array.from(b);
    var prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev.push(j);
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      for (j = 1; j <= b.length; j++) {
        cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
      }
      prev = cur;
    }
    return prev[b.length];
  }
  // A longer word the guide does not have: the guide's words one edit away (two from 8 letters).
  function closeWords(word) {
    var n = Array.from(word).length, out = [];
    if (n < TYPO_MIN || CJK.test(word)) return out;
    var max = n >= TYPO_TWO ? 2 : 1;
    for (var i = 0; i < allForms.length && out.length < 2 * MAX_PREFIX; i++) {
      var f = allForms[i];
      if (Math.abs(Array.from(f).length - n) > max || levenshtein(word, f) > max) continue;
      var s = stemOf[f] || f;
      if (known(s)) out.push(s);
    }
    return out;
  }
  function stemsFor(word, prefix) {
    var stems = Object.create(null);
    var own = ownStem(word);
    if (known(own)) stems[own] = true;
    var chars = Array.from(word), n = 0;
    if (chars.length === 1 && CJK.test(word)) {
      for (var i = 0; i < allForms.length && n < MAX_PREFIX; i++) {
        if (allForms[i].indexOf(word) >= 0) { stems[stemOf[allForms[i]] || allForms[i]] = true; n++; }
      }
    }
    if (prefix && chars.length >= 2) {
      n = 0;
      for (var j = 0; j < allForms.length && n < MAX_PREFIX; j++) {
        if (allForms[j].lastIndexOf(word, 0) === 0) { var s = stemOf[allForms[j]] || allForms[j]; if (known(s)) stems[s] = true; n++; }
      }
    }
    var list = Object.keys(stems);
    return list.length ? list : closeWords(word);
  }
  var nArticles = data.a.length;
  var artLen = data.a.map(function () { return 0; });
  data.s.forEach(function (sec, i) { artLen[sec[0]] += data.n[i]; });
  artLen = artLen.map(function (x) { return Math.max(1, x); });
  var avgLen = artLen.reduce(function (x, y) { return x + y; }, 0) / Math.max(1, nArticles);
  function articleDf(stem) {
    var seen = Object.create(null);
    (data.t[stem] || []).forEach(function (a) { seen[a] = true; });
    (postings[stem] || []).forEach(function (p) { seen[data.s[p[0]][0]] = true; });
    return Object.keys(seen).length;
  }
  function idf(stem) {
    var df = articleDf(stem);
    return Math.log(1 + (nArticles - df + 0.5) / (df + 0.5));
  }
  function saturate(tf) { return tf === 0 ? 0 : tf * (K1 + 1) / (tf + K1); }

  // BM25 over whole articles, title and headings weighted up; articles that match more of the
  // words first; each hit links its best section.
  function rank(wordStems) {
    var scores = Object.create(null), sectionScores = Object.create(null);
    wordStems.forEach(function (stems) {
      var wordArticle = Object.create(null), wordSection = Object.create(null);
      stems.forEach(function (stem) {
        var w = idf(stem), tf = Object.create(null);
        (postings[stem] || []).forEach(function (p) {
          var a = data.s[p[0]][0];
          tf[a] = (tf[a] || 0) + W_HEADING * p[1] + p[2];
          var v = w * (W_HEADING * p[1] + saturate(p[2]));
          if (!(p[0] in wordSection) || wordSection[p[0]] < v) wordSection[p[0]] = v;
        });
        var titled = data.t[stem] || [];
        titled.forEach(function (a) { if (!(a in tf)) tf[a] = 0; });
        Object.keys(tf).forEach(function (a) {
          var norm = K1 * (1 - B + B * artLen[a] / avgLen);
          var t = tf[a], body = t > 0 ? t * (K1 + 1) / (t + norm) : 0;
          var v = w * ((titled.indexOf(+a) >= 0 ? W_TITLE : 0) + body);
          if (!(a in wordArticle) || wordArticle[a] < v) wordArticle[a] = v;
        });
      });
      Object.keys(wordArticle).forEach(function (a) {
        var e = scores[a] || (scores[a] = { score: 0, matched: 0 });
        e.score += wordArticle[a];
        e.matched += 1;
      });
      Object.keys(wordSection).forEach(function (s) { sectionScores[s] = (sectionScores[s] || 0) + wordSection[s]; });
    });
    var hits = [];
    Object.keys(scores).forEach(function (a) {
      var e = scores[a];
      var best = null, bestScore = -Infinity;
      for (var s = 0; s < data.s.length; s++) {
        if (String(data.s[s][0]) !== String(a)) continue;
        if (best === null) best = s;
        if (s in sectionScores && sectionScores[s] > bestScore) { best = s; bestScore = sectionScores[s]; }
      }
      hits.push({ article: +a, section: best, score: e.score, matched: e.matched });
    });
    hits.sort(function (x, y) {
      return y.matched - x.matched || y.score - x.score || (data.a[x.article][0] < data.a[y.article][0] ? -1 : 1);
    });
    return hits;
  }

  function search(query) {
    query = query.replace(/[\u0000-\u001F\u007F-\u009F]/g, "");
    if (Array.from(query).length > MAX_CHARS) return { tooLong: true };
    var words = tokens(query).slice(0, MAX_WORDS);
    if (!words.length) return { empty: true };
    // Words typed around the question are left out, unless nothing else is left.
    var meaningful = words.filter(function (w) { return !isStop(w.form); });
    if (meaningful.length) words = meaningful;
    var typing = !/\s$/.test(query);
    var wordStems = words.map(function (w, i) { return stemsFor(w.form, typing && i === words.length - 1); })
      .filter(function (st) { return st.length; });
    // Words in most articles are left out, unless nothing else is left (as the server does).
    var common = function (stems) {
      var df = stems.reduce(function (m, s) { return Math.max(m, articleDf(s)); }, 0);
      return df > COMMON * nArticles;
    };
    if (!wordStems.every(common)) wordStems = wordStems.filter(function (st) { return !common(st); });
    var hits = rank(wordStems);
    var marked = Object.create(null);
    wordStems.forEach(function (st) { st.forEach(function (s) { marked[s] = true; }); });
    return { hits: hits, stems: marked };
  }

  function esc(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }
  function snippet(text, stems) {
    var out = "", at = 0;
    tokens(text).forEach(function (t) {
      if (t.start < at || !stems[stemOf[t.form] || t.form]) return;
      out += esc(text.slice(at, t.start)) + "<mark>" + esc(text.slice(t.start, t.end)) + "</mark>";
      at = t.end;
    });
    return out + esc(text.slice(at)) + (text.length >= 140 ? "…" : "");
  }
  function link(slug, anchor) {
    if (box.getAttribute("data-link") === "single") return "#" + (anchor ? slug + "--" + anchor : "a-" + slug);
    return box.getAttribute("data-prefix") + slug + "/" + (box.getAttribute("data-suffix") || "") + (anchor ? "#" + anchor : "");
  }
  function sentence(name, query) {
    return esc(box.getAttribute(name) || "").split("\uE000").join("<bdi>" + esc(query) + "</bdi>");
  }
  function render(query) {
    var r = search(query), html;
    if (r.tooLong) html = "<p class=\"search-summary\">" + esc(box.getAttribute("data-too-long")) + "</p>";
    else if (r.empty) html = "<p class=\"search-summary\">" + esc(box.getAttribute("data-empty")) + "</p>";
    else if (!r.hits.length) html = "<p class=\"search-summary\">" + sentence("data-none", query) + "</p>";
    else {
      var found = JSON.parse(box.getAttribute("data-found"));
      html = "<p class=\"search-summary\">" + esc(found[Math.min(r.hits.length, found.length - 1)]).split("\uE000").join("<bdi>" + esc(query) + "</bdi>") + "</p><ol class=\"search-hits\">";
      r.hits.forEach(function (h) {
        var a = data.a[h.article], s = data.s[h.section];
        var heading = s[2];
        if (heading === undefined && s[1]) {
          // The single-file copy: the heading is on this page.
          var el = document.getElementById(a[0] + "--" + s[1]);
          heading = el ? el.textContent : "";
        }
        html += "<li><a href=\"" + esc(link(a[0], s[1])) + "\">" + esc(a[1]) + "</a>";
        if (heading) html += " <span class=\"hit-section\">" + esc(heading) + "</span>";
        if (s[3]) html += "<p class=\"snippet\">" + snippet(s[3], r.stems) + "</p>";
        html += "</li>";
      });
      html += "</ol>";
    }
    box.innerHTML = html;
  }
  window.PASO_SEARCH_RUN = search;

  var timer;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { render(input.value); }, 60);
  });
  if (form) form.addEventListener("submit", function (e) { e.preventDefault(); render(input.value); });
  var q = new URLSearchParams(location.search).get("q");
  if (q !== null && !input.value) input.value = q;
  if (input.value) render(input.value);
  }
})();
