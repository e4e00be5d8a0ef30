/** In Electron the preload provides window.kiosk; anywhere else the preview server answers over HTTP. */
import type { KioskBridge } from '../../common/channels';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    kiosk?: KioskBridge;
  }
}

export function pickBridge(): KioskBridge {
  return window.kiosk ?? createHttpBridge();
}
