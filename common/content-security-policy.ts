/** The page may run only its own scripts, styles and media: nothing inline, nothing remote. Sent as a header and written into index.html. */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** The header both hosts send with every answer. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The same policy in a <meta> element, a second line of defence; browsers ignore frame-ancestors there. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((directive) => !directive.startsWith('frame-ancestors')).join('; ');
