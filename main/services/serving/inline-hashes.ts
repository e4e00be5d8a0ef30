/**
 * The hashes a content security policy needs for the inline blocks of a built index.html (the style sheet and the
 * early-tap script, inlined so the first screen paints without waiting for two more requests).
 */
import { createHash } from 'node:crypto';
import { inlineBlocks, type InlineHashes } from '../../../common/content-security-policy';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

/** The SHA-256 (base64, as a policy writes it) of each inline script that runs and each style block in `html`. */
export function inlineHashes(html: string): InlineHashes {
  const { scripts, styles } = inlineBlocks(html);
  return { scripts: scripts.map(sha256), styles: styles.map(sha256) };
}
