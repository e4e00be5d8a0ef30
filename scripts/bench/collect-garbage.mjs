/**
 * A full garbage collection of a page: its workers first, then the page. A worker's MediaSource attached to a <video>
 * holds that element from the worker's side (Chromium's CrossThreadMediaSourceAttachment) until the worker's own
 * collector frees the MediaSource; the page's collection alone leaves a closed screen looking held until then.
 */

/** Sends `method` to a worker target through the browser session (Playwright opens CDP sessions on pages only). */
async function sendToWorker(browserCdp, targetId, method) {
  const { sessionId } = await browserCdp.send('Target.attachToTarget', { targetId, flatten: false });
  try {
    const id = 1;
    const answered = new Promise((resolve) => {
      const listener = (event) => {
        if (event.sessionId !== sessionId || JSON.parse(event.message).id !== id) return;
        browserCdp.off('Target.receivedMessageFromTarget', listener);
        resolve(JSON.parse(event.message));
      };
      browserCdp.on('Target.receivedMessageFromTarget', listener);
    });
    await browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    const reply = await answered;
    if (reply.error) throw new Error(`${method} in worker ${targetId}: ${reply.error.message}`);
  } finally {
    await browserCdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  }
}

/**
 * Collects garbage in every worker of the browser (the caller's one page owns them all), then in the page (`cdp`).
 * Returns how many workers were collected.
 */
export async function collectPageGarbage(browserCdp, cdp) {
  const { targetInfos } = await browserCdp.send('Target.getTargets');
  const workers = targetInfos.filter((target) => target.type === 'worker');
  for (const worker of workers) await sendToWorker(browserCdp, worker.targetId, 'HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return workers.length;
}
