// The interview list: filter by persona and job, and search what was said.
// Data comes from data/search.js (window.INTERVIEWS_SEARCH), written by the pipeline,
// because browsers refuse fetch() of local files. Text is inserted with textContent only.
(function () {
  "use strict";

  var MAX_HITS = 100;
  var KIND_NAMES = { highlight: "Highlight", pain: "Pain", request: "Request", summary: "Summary" };
  var units = window.INTERVIEWS_SEARCH || [];
  var query = document.getElementById("q");
  var persona = document.getElementById("persona");
  var job = document.getElementById("job");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#interviews > li"));
  var count = document.getElementById("count");
  var hits = document.getElementById("hits");
  var hitsTitle = document.getElementById("hits-title");
  var hitList = document.getElementById("hit-list");

  // "Licences," and "licence" are the same word: lower case, no punctuation, no plural -s.
  function stem(word) {
    if (word.length > 4 && word.slice(-3) === "ies") return word.slice(0, -3) + "y";
    if (word.length > 3 && word.slice(-1) === "s" && word.slice(-2) !== "ss") return word.slice(0, -1);
    return word;
  }

  function words(text) {
    return text
      .toLowerCase()
      .replace(/['\u2019]/g, "")
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map(stem);
  }

  function clock(seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = Math.floor(seconds % 60);
    return (minutes < 10 ? "0" : "") + minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function fragment(seconds) {
    return String(Math.round(seconds * 100) / 100);
  }

  function passesFilters(row) {
    var jobs = row.getAttribute("data-jobs").split(" ");
    return (
      (!persona.value || row.getAttribute("data-persona") === persona.value) &&
      (!job.value || jobs.indexOf(job.value) >= 0)
    );
  }

  // Every query word must be in the quote; the last one may still be being typed.
  function matcher(text) {
    var wanted = words(text);
    var typing = wanted.length && !/\s$/.test(text) ? wanted.pop() : null;
    return function (unit) {
      if (!unit.words) unit.words = words(unit.text);
      for (var i = 0; i < wanted.length; i++) {
        if (unit.words.indexOf(wanted[i]) < 0) return false;
      }
      return (
        typing === null ||
        unit.words.some(function (word) {
          return word.indexOf(typing) === 0;
        })
      );
    };
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function hitItem(unit) {
    var item = element("li", "hit");
    var link = element("a");
    link.href = "interviews/" + encodeURIComponent(unit.recording_id) + ".html#t=" + fragment(unit.start);
    link.appendChild(element("q", "", unit.text));
    item.appendChild(link);
    var kinds = unit.kinds
      .map(function (kind) {
        return KIND_NAMES[kind];
      })
      .filter(Boolean);
    var meta = [unit.source, "[" + clock(unit.start) + "]", unit.speaker, unit.persona].concat(kinds);
    item.appendChild(element("p", "meta", meta.filter(Boolean).join(" · ")));
    return item;
  }

  function showHits(visible) {
    var text = query.value;
    hitList.textContent = "";
    if (!words(text).length) {
      hits.hidden = true;
      return;
    }
    var found = units.filter(function (unit) {
      return visible[unit.recording_id];
    }).filter(matcher(text));
    var shown = found.slice(0, MAX_HITS);
    hitsTitle.textContent =
      found.length === 0
        ? "Nothing found for \u201c" + text.trim() + "\u201d"
        : found.length + (found.length === 1 ? " hit" : " hits") +
          (found.length > shown.length ? " (first " + shown.length + " shown)" : "") +
          " for \u201c" + text.trim() + "\u201d";
    shown.forEach(function (unit) {
      hitList.appendChild(hitItem(unit));
    });
    hits.hidden = false;
  }

  function update() {
    var visible = {};
    var shown = 0;
    rows.forEach(function (row) {
      var keep = passesFilters(row);
      row.hidden = !keep;
      if (keep) {
        visible[row.getAttribute("data-id")] = true;
        shown += 1;
      }
    });
    var total = rows.length + (rows.length === 1 ? " interview" : " interviews");
    count.textContent = shown === rows.length ? total : shown + " of " + total;
    showHits(visible);
  }

  query.addEventListener("input", update);
  persona.addEventListener("change", update);
  job.addEventListener("change", update);
  // Coming back from an interview page, the browser restores the form: show what it says.
  window.addEventListener("pageshow", update);
  update();
})();
