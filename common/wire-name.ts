/** How a channel or event is named on the wire; it knows no channel table, so the page can use it without loading zod. */

/** The name on the wire: `saveSettings` → `kiosk:save-settings` (an IPC channel, or /api/<name> in the preview). */
export function wireName(name: string): string {
  return `kiosk:${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
