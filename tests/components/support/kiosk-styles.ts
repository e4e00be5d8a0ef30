/**
 * Setup file: the renderer's style sheets, as the kiosk page has them, so every screen is tested with the look
 * members see (sizes, touch targets, layout). Globbed, so it follows however the renderer splits its CSS;
 * public/ holds pages of their own (the out-of-order page), not the app's styles.
 */
import.meta.glob(['../../../renderer/**/*.css', '!../../../renderer/public/**'], { eager: true });
