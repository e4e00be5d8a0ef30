import { describe, expect, it } from 'vitest';
import type { UiText } from '../../../common/content-view';
import builtInEnglish from '../../../content/locales/en/ui.json';
import german from '../../../content/locales/de/ui.json';
import { outOfOrderHtml, outOfOrderWords } from '../../../main/out-of-order-page';

describe('out-of-order page', () => {
  it('speaks the default language, with the data-screen the tests and diagnostics look for', () => {
    const html = outOfOrderHtml(outOfOrderWords('de', german as UiText, builtInEnglish as UiText));
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('data-screen="out-of-order"');
    expect(html).toContain(`<h1>${german.outOfOrder.title}</h1>`);
  });

  it('falls back to the built-in English words where the language has none', () => {
    const words = outOfOrderWords('pt', { nav: { home: 'Início' } }, builtInEnglish as UiText);
    expect(words).toEqual({ language: 'en', title: builtInEnglish.outOfOrder.title, body: builtInEnglish.outOfOrder.body });
    expect(outOfOrderWords('pt', null, builtInEnglish as UiText).language).toBe('en');
  });

  it('escapes the words and carries no script or inline style (the CSP allows neither)', () => {
    const html = outOfOrderHtml({ language: 'en"><script>', title: '<img src=x onerror=alert(1)>', body: 'a & b' });
    expect(html).not.toMatch(/<script|<img|<style|style=/);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).toContain('a &#38; b');
  });
});
