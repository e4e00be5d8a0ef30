/** Wires every channel of the shared table to ipcMain once, dropping messages that do not come from the kiosk's own page. */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channelNames, wireName } from '../common/channels';
import { fail, type Result } from '../common/result';
import { APP_ORIGIN } from './app-protocol';
import type { Dispatch } from './services/channels/channel-dispatch';
import type { PushEvents } from './services/push-events';

/** A message counts only from one of our windows, showing our own app origin. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const window = BrowserWindow.fromWebContents(event.sender);
  if (!window || !BrowserWindow.getAllWindows().includes(window)) return false;
  const frameUrl = event.senderFrame?.url ?? '';
  return frameUrl.startsWith(`${APP_ORIGIN}/`);
}

export function setupIpc(dispatch: Dispatch): void {
  for (const name of channelNames) {
    const wire = wireName(name);
    ipcMain.handle(wire, async (event, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) return fail('forbidden', `${wire}: sender is not the kiosk window`);
      return dispatch(wire, payload);
    });
  }
}

/** Sends every push event to the kiosk page; returns the function that stops it. */
export function forwardPushEvents(events: PushEvents, contents: WebContents): () => void {
  return events.subscribe((event, payload) => {
    if (!contents.isDestroyed()) contents.send(wireName(event), payload);
  });
}
