/** How a channel or event is named on the wire; no schemas here, so the page can use it without loading zod. */
import type { ChannelName, PushEventName } from './channels';

/** The name on the wire: `saveSettings` → `kiosk:save-settings` (an IPC channel, or /api/<name> in the preview). */
export function wireName(name: ChannelName | PushEventName): string {
  return `kiosk:${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
