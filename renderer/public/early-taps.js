// Runs before the app: answers a touch on the drawn attract loop at once with main's drawing of the screen it leads to,
// and keeps the taps after it until the app listens (renderer/early-tap.ts replays them, in order).
(function () {
  if (window.__kioskEarlyTap) return;
  var early = (window.__kioskEarlyTap = { taps: [], recording: true, awake: false, onAwake: null });
  document.addEventListener('click', function (e) {
    if (!early.recording || !(e.target instanceof Element)) return;
    // The id is AWAKE_SCREEN_ELEMENT_ID in common/first-screen.ts (this file is inlined as it is, so it cannot import).
    var awakeScreen = document.getElementById('kiosk-awake-screen');
    var root = document.getElementById('root');
    if (!early.awake && awakeScreen instanceof HTMLTemplateElement && root && e.target.closest('[data-screen="attract"]')) {
      // Imported, not moved: the inert template's own elements would load their media against no page (and refuse it).
      root.replaceChildren(document.importNode(awakeScreen.content, true));
      awakeScreen.remove();
      early.awake = true;
      if (early.onAwake) early.onAwake();
      return;
    }
    // A few are plenty: the app listens within a fraction of a second.
    if (early.taps.length < 5) early.taps.push(e.target);
  }, true);
})();
