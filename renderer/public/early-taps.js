// Runs before the app: keeps the first tap on main's drawing of the first screen until the app listens (renderer/early-tap.ts
// replays it), and answers a touch on the drawn attract loop at once with main's drawing of the screen it leads to.
(function () {
  if (window.__kioskEarlyTap) return;
  var early = (window.__kioskEarlyTap = { target: null, recording: true, awake: false, onAwake: null });
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
    if (!early.target) early.target = e.target;
  }, true);
})();
