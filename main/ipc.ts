/** Wires every channel to ipcMain once, dropping messages that do not come from the kiosk's own page. */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { Channels, type Result } from './contract';
import { invokeHandler, type KioskHandlers } from './services/kiosk-handlers';
import { APP_ORIGIN } from './app-protocol';

/** A message counts only from one of our windows, showing our own app origin (Fiddle's check plus the frame URL). */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const window = BrowserWindow.fromWebContents(event.sender);
  if (!window || !BrowserWindow.getAllWindows().includes(window)) return false;
  const frameUrl = event.senderFrame?.url ?? '';
  return frameUrl.startsWith(`${APP_ORIGIN}/`);
}

export function setupIpc(handlers: KioskHandlers): void {
  for (const channel of Object.values(Channels)) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) return { ok: false, error: { code: 'forbidden', message: `${channel}: sender is not the kiosk window` } };
      return invokeHandler(handlers, channel, payload);
    });
  }
}
