/**
 * What the component tests' global setup (Node) hands to the tests in the browser: the real content folder,
 * loaded and localized by the real services, and the real error a broken copy of it gives.
 */
import type { KioskContent } from '../../../common/content-view';
import type { KioskError } from '../../../common/result';

/** Station id → language code → the content the kiosk shows for them. */
export type ContentByStation = Record<string, Record<string, KioskContent>>;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The embedded content/ folder, localized for every station and every language it lists. */
    kioskContent: ContentByStation;
    /** What the content store answers for a copy of content/ with errors (and a warning) in it. */
    brokenContentError: KioskError;
  }
}
