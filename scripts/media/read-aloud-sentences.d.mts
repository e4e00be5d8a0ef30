/** Types for read-aloud-sentences.mjs, so the TypeScript tests can hold it to the kiosk's own list. */
export interface ContentTexts {
  fallback: string;
  codes: string[];
  text: Record<string, Record<string, Record<string, Record<string, unknown>>>>;
  ui: Record<string, unknown>;
}
export interface ScriptSentence {
  field: string;
  text: string;
  hash: string;
  language: string;
}
export declare const READ_ALOUD_PLAN: Record<'exercise' | 'muscle', Array<{ field?: string; list?: string; label?: string }>>;
export declare function textHash(text: string): string;
export declare function withLabel(label: string | null | undefined, text: string): string;
export declare function readContent(contentDir: string): ContentTexts;
export declare function screenSentences(content: ContentTexts, screen: 'exercise' | 'muscle', id: string, lng: string): ScriptSentence[];
