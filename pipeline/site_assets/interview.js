// An interview page: every quote and transcript line plays the recording from its start,
// and #t=SECONDS in the address (links from search and the report) opens the page there.
(function () {
  "use strict";

  var player = document.getElementById("player");
  var lines = Array.prototype.slice.call(document.querySelectorAll(".transcript [data-start]"));

  function startOf(element) {
    return parseFloat(element.getAttribute("data-start"));
  }

  // The transcript line being said at this time: the last one that started before it.
  function lineAt(seconds) {
    var found = null;
    lines.forEach(function (line) {
      if (startOf(line) <= seconds + 0.01) found = line;
    });
    return found;
  }

  function markLine(seconds) {
    var line = lineAt(seconds);
    lines.forEach(function (other) {
      other.classList.toggle("current", other === line);
    });
    return line;
  }

  function seek(seconds, play) {
    if (player) {
      player.currentTime = seconds;
      if (play) {
        var playing = player.play();
        // Autoplay rules or a missing codec can refuse; the player still shows the time.
        if (playing && playing.catch) playing.catch(function () {});
      }
    }
    return markLine(seconds);
  }

  function fromHash() {
    var match = /^#t=(\d+(?:\.\d+)?)$/.exec(window.location.hash);
    if (!match) return;
    var line = seek(parseFloat(match[1]), false);
    if (line) line.scrollIntoView({ block: "center" });
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-start]");
    if (!target || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    var seconds = startOf(target);
    history.replaceState(null, "", "#t=" + target.getAttribute("data-start"));
    seek(seconds, true);
  });

  if (player) {
    player.addEventListener("timeupdate", function () {
      markLine(player.currentTime);
    });
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
