/** Media live under media/ beside index.html, in Electron (kiosk://app/) and in the preview alike. */
export function mediaUrl(file: string): string {
  return `./media/${file.split('/').map(encodeURIComponent).join('/')}`;
}
