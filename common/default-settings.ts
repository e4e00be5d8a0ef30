/** A new kiosk's settings, before staff or the operator change any (checked against the schema in a unit test). */
import type { KioskSettings } from './settings';

export const defaultSettings: KioskSettings = {
  defaultLanguage: 'en',
  enabledLanguages: [],
  station: 'seated-leg-curl',
  volume: 0.8,
  muted: false,
  cueSound: 'voice',
  idleTimeoutSeconds: 60,
  idleCountdownSeconds: 10,
  attractLoop: true,
  quietHours: null,
  rotation: 0,
  openingHours: null,
};
