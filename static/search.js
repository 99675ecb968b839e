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
  var MAX_CHARS = 200, MAX_WORDS = 12, MAX_PREFIX = 40, W_TITLE = 5, W_HEADING = 3, W_QUESTION = 8, W_HEADING_MATCH = 2, K1 = 1.2, B = 0.75, TYPO_MIN = 5, TYPO_TWO = 8, HEAD_MIN = 4, HEAD_SHARE = 0.6;

  var form = input.form;
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
  var asked = data.q || {}, synonyms = data.y || [];
  // The vocabulary (src/search/build.rs): every stem as its own, every form with its stem
  // (a form's stem wins); sorted by code point, as the server's.
  var stemOf = Object.create(null);
  function addStem(stem) { if (!(stem in stemOf)) stemOf[stem] = stem; }
  [data.f, data.p, data.t, asked].forEach(function (m) { Object.keys(m).forEach(addStem); });
  synonyms.forEach(function (g) { g.forEach(function (e) { e.forEach(addStem); }); });
  Object.keys(data.f).forEach(function (stem) {
    data.f[stem].forEach(function (form) { stemOf[form] = stem; });
  });
  function byCodePoint(x, y) {
    var a = Array.from(x), b = Array.from(y);
    for (var i = 0; i < a.length && i < b.length; i++) {
      if (a[i] !== b[i]) return a[i].codePointAt(0) - b[i].codePointAt(0);
    }
    return a.length - b.length;
  }
  var vocab = Object.keys(stemOf).sort(function (x, y) { return x < y ? -1 : x > y ? 1 : 0; });
  if (vocab.some(function (w) { return /[\uD800-\uDFFF]/.test(w); })) vocab.sort(byCodePoint);
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
  // In an article (text, title or questions), not only in the synonyms.
  function known(stem) { return stem in postings || stem in data.t || stem in asked; }
  // A word the index does not know stands for its longest known beginning of at least
  // HEAD_MIN letters and HEAD_SHARE of the word ("negarme" → "negar"), in place of a stemmer.
  function ownStem(word) {
    if (word in stemOf) return stemOf[word];
    if (CJK.test(word)) return null;
    var chars = Array.from(word);
    for (var n = chars.length - 1; n >= Math.max(HEAD_MIN, Math.ceil(chars.length * HEAD_SHARE)); n--) {
      var head = chars.slice(0, n).join("");
      if (head in stemOf) return stemOf[head];
    }
    return null;
  }
  // Synonym groups of each word (their one-word entries): a one-word entry when it is typed,
  // a longer one when all its words are.
  function synonymsOf(own) {
    var typed = Object.create(null);
    own.forEach(function (s) { if (s !== null) typed[s] = true; });
    return own.map(function (stem) {
      var out = [];
      if (stem === null) return out;
      synonyms.forEach(function (g) {
        var hit = g.some(function (e) {
          return e.indexOf(stem) >= 0 && e.every(function (s) { return typed[s]; });
        });
        // A phrase's words alone would match too much: the group stands for its one-word entries.
        if (hit) g.forEach(function (e) { if (e.length === 1) out = out.concat(e); });
      });
      return out;
    });
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
  // Known words one edit away (two from TYPO_TWO letters), for a word of TYPO_MIN or more.
  function closeWords(word) {
    var n = Array.from(word).length, out = [];
    if (n < TYPO_MIN || CJK.test(word)) return out;
    var max = n >= TYPO_TWO ? 2 : 1;
    for (var i = 0; i < vocab.length && out.length < MAX_PREFIX; i++) {
      var f = vocab[i];
      if (Math.abs(Array.from(f).length - n) > max || !known(stemOf[f]) || levenshtein(word, f) > max) continue;
      out.push(stemOf[f]);
    }
    return out;
  }
  // Known stems that differ from a stem only by a short ending (src/search/query.rs).
  var RELATED_ENDING = 2, RELATED_MIN = 4;
  var stemList = Object.keys(postings).concat(Object.keys(data.t), Object.keys(asked))
    .filter(function (s, i, all) { return all.indexOf(s) === i; }).sort(byCodePoint);
  function relatedStems(stem) {
    var chars = Array.from(stem), n = chars.length, out = [];
    if (n < RELATED_MIN || CJK.test(stem)) return out;
    stemList.forEach(function (t) {
      if (t !== stem && t.lastIndexOf(stem, 0) === 0 && Array.from(t).length - n <= RELATED_ENDING) out.push(t);
    });
    for (var cut = 1; cut <= RELATED_ENDING; cut++) {
      if (n - cut >= RELATED_MIN) { var head = chars.slice(0, n - cut).join(""); if (known(head)) out.push(head); }
    }
    return out;
  }
  function stemsFor(word, own, syn, prefix) {
    var stems = Object.create(null), i, n;
    if (own !== null) { stems[own] = true; relatedStems(own).forEach(function (s) { stems[s] = true; }); }
    syn.forEach(function (s) { stems[s] = true; });
    var chars = Array.from(word);
    if (chars.length === 1 && CJK.test(word)) {
      for (i = 0, n = 0; i < vocab.length && n < MAX_PREFIX; i++) {
        if (vocab[i].indexOf(word) >= 0) { stems[stemOf[vocab[i]]] = true; n++; }
      }
    }
    if (prefix && chars.length >= 2) {
      for (i = 0, n = 0; i < vocab.length && n < MAX_PREFIX; i++) {
        if (vocab[i].lastIndexOf(word, 0) === 0) { stems[stemOf[vocab[i]]] = true; n++; }
      }
    }
    var list = Object.keys(stems).filter(known);
    return list.length ? list : closeWords(word);
  }
  var nArticles = data.a.length;
  var artLen = data.a.map(function () { return 0; });
  data.s.forEach(function (sec, i) { artLen[sec[0]] += data.n[i]; });
  artLen = artLen.map(function (x) { return Math.max(1, x); });
  var avgLen = artLen.reduce(function (x, y) { return x + y; }, 0) / Math.max(1, nArticles);
  // In how many places the stem is: sections, titles and question lists (as the server).
  function places(stem) {
    return (postings[stem] || []).length + (data.t[stem] || []).length + (asked[stem] || []).length;
  }
  // A word's: its most common stem's (a rare synonym or completion does not outweigh it).
  function wordDf(stems) {
    return stems.reduce(function (m, s) { return Math.max(m, places(s)); }, 0);
  }
  var nPlaces = data.s.length + 2 * nArticles;
  function idf(df) { return Math.log(1 + (nPlaces - df + 0.5) / (df + 0.5)); }
  function saturate(tf) { return tf === 0 ? 0 : tf * (K1 + 1) / (tf + K1); }

  // As the server (src/search/rank.rs): a word counts as one term however many stems it
  // stands for; BM25 over the whole article with the title and questions added, summed over
  // the words, times the share of the query (by weight) matched. Each hit
  // links its best section.
  function rank(wordStems) {
    var scores = Object.create(null), sectionScores = Object.create(null), inHeading = Object.create(null), total = 0;
    wordStems.forEach(function (stems) {
      var w = idf(wordDf(stems)), tf = Object.create(null), wordSection = Object.create(null), wordHeading = Object.create(null);
      total += w;
      function entry(a) { return tf[a] || (tf[a] = [0, false, false]); }
      // In stem order, as the server's sets (the sums then add up alike).
      stems.slice().sort(byCodePoint).forEach(function (stem) {
        (postings[stem] || []).forEach(function (p) {
          entry(data.s[p[0]][0])[0] += W_HEADING * p[1] + p[2];
          wordSection[p[0]] = (wordSection[p[0]] || 0) + (W_HEADING * p[1] + p[2]);
          if (p[1] > 0) wordHeading[p[0]] = true;
        });
        (data.t[stem] || []).forEach(function (a) { entry(a)[1] = true; });
        (asked[stem] || []).forEach(function (a) { entry(a)[2] = true; });
      });
      Object.keys(tf).forEach(function (a) {
        var norm = K1 * (1 - B + B * artLen[a] / avgLen);
        var t = tf[a][0], body = t > 0 ? t * (K1 + 1) / (t + norm) : 0;
        var e = scores[a] || (scores[a] = [0, 0]);
        e[0] += w * ((tf[a][1] ? W_TITLE : 0) + (tf[a][2] ? W_QUESTION : 0) + body);
        e[1] += w;
      });
      Object.keys(wordSection).forEach(function (s) { sectionScores[s] = (sectionScores[s] || 0) + w * saturate(wordSection[s]); });
      Object.keys(wordHeading).forEach(function (s) {
        var e = inHeading[s] || (inHeading[s] = [0, 0]);
        e[0] += w;
        e[1] += 1;
      });
    });
    // A heading the query covers: the section is about what was asked.
    Object.keys(inHeading).forEach(function (s) {
      var words = Math.max(1, data.h[s]), e = inHeading[s];
      var bonus = W_HEADING_MATCH * e[0] * Math.min(1, e[1] / words), a = data.s[s][0];
      if (scores[a]) scores[a][2] = Math.max(scores[a][2] || 0, bonus);
    });
    var hits = [];
    Object.keys(scores).forEach(function (a) {
      var e = scores[a], coverage = total > 0 ? e[1] / total : 1;
      var best = null, bestScore = -Infinity;
      for (var s = 0; s < data.s.length; s++) {
        if (String(data.s[s][0]) !== String(a)) continue;
        if (best === null) best = s;
        if (s in sectionScores && sectionScores[s] > bestScore) { best = s; bestScore = sectionScores[s]; }
      }
      hits.push({ article: +a, section: best, score: (e[0] + (e[2] || 0)) * coverage });
    });
    hits.sort(function (x, y) {
      return y.score - x.score || (data.a[x.article][0] < data.a[y.article][0] ? -1 : 1);
    });
    return hits;
  }
  // "Did you mean": the guide's words closest to the query's (src/search/suggest.rs): at
  // most a third of a word's letters away (one at least), closest first, then in word order.
  function shown(word) {
    var stem = stemOf[word];
    if (!known(stem) || isStop(word)) return false;
    return word !== stem || !data.f[stem] || data.f[stem].indexOf(stem) >= 0;
  }
  function suggestions(words) {
    var best = Object.create(null);
    words.forEach(function (w) {
      var n = Array.from(w.form).length, max = Math.max(1, Math.ceil(n / 3)), cjk = CJK.test(w.form);
      vocab.forEach(function (v, i) {
        if (Math.abs(Array.from(v).length - n) > max || v === w.form || CJK.test(v) !== cjk) return;
        var d = levenshtein(w.form, v);
        if (d > max || !shown(v)) return;
        if (!(v in best) || best[v][0] > d || (best[v][0] === d && best[v][1] > i)) best[v] = [d, i];
      });
    });
    return Object.keys(best).sort(function (x, y) {
      return best[x][0] - best[y][0] || best[x][1] - best[y][1];
    }).slice(0, 5);
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
    var own = words.map(function (w) { return ownStem(w.form); });
    var syn = synonymsOf(own);
    var wordStems = words.map(function (w, i) { return stemsFor(w.form, own[i], syn[i], typing && i === words.length - 1); })
      .filter(function (st) { return st.length; });
    var hits = rank(wordStems);
    var marked = Object.create(null);
    wordStems.forEach(function (st) { st.forEach(function (s) { marked[s] = true; }); });
    return { hits: hits, stems: marked, suggest: hits.length ? [] : suggestions(words) };
  }

  function esc(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }
  function snippet(text, stems) {
    var out = "", at = 0;
    tokens(text).forEach(function (t) {
      if (t.start < at || !stems[stemOf[t.form]]) return;
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
    else if (!r.hits.length) {
      html = "<p class=\"search-summary\">" + sentence("data-none", query) + "</p>";
      if (r.suggest.length) {
        html += "<p class=\"search-suggest\">" + esc(box.getAttribute("data-did-you-mean") || "") + " " + r.suggest.map(function (w) {
          return "<a href=\"?q=" + encodeURIComponent(w) + "\" data-q=\"" + esc(w) + "\">" + esc(w) + "</a>";
        }).join(", ") + "</p>";
      }
    }
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
  // A suggested word searches in place (the link works without this too).
  box.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a[data-q]") : null;
    if (!a) return;
    e.preventDefault();
    input.value = a.getAttribute("data-q");
    render(input.value);
    input.focus();
  });

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
