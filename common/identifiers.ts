/** The shapes of ids and language codes, shared by content, settings and requests. */

/** Record ids and file names: kebab-case letters and digits, like "seated-leg-curl". */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A language code like "de" or "pt-BR". */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2}(-[A-Z]{2})?$/;
