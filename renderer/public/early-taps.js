// Keeps the first tap on main's drawing of the first screen until the app listens (renderer/early-tap.ts replays it).
(function () {
  if (window.__kioskEarlyTap) return;
  var early = (window.__kioskEarlyTap = { target: null, recording: true });
  document.addEventListener('click', function (e) { if (early.recording && !early.target && e.target instanceof Element) early.target = e.target; }, true);
})();
