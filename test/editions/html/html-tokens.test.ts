import { describe, expect, it } from 'vitest';
import { appendToFigures, rewriteFragmentLinks } from '../../../pipeline/editions/html/chapter-page.ts';
import { attribute, decodeEntities, idsIn, tokenize } from '../../../pipeline/editions/html/html-tokens.ts';

const HTML = '<p id="a">x &#x3C; y<!-- <b id="c"> --></p><figure id="figure-f" aria-label="1 > 0"><a href="#b">b</a></figure><br>';

describe('the chapter HTML tokenizer', () => {
  it('cuts HTML into tags, text and comments that join back into the same HTML', () => {
    const tokens = tokenize(HTML);
    expect(tokens.map((t) => t.raw).join('')).toBe(HTML);
    expect(tokens.map((t) => `${t.kind} ${t.name}`)).toEqual([
      'start p', 'text ', 'comment ', 'end p', 'start figure', 'start a', 'text ', 'end a', 'end figure', 'start br',
    ]);
    expect(attribute(tokens[4]!, 'aria-label')).toBe('1 > 0');
  });

  it('finds ids outside comments, and decodes references in text', () => {
    expect(idsIn(HTML)).toEqual(['a', 'figure-f']);
    expect(decodeEntities('&#x3C;&#60;&amp;&nbsp;&unknown;')).toBe('<<&\u00a0&unknown;');
  });

  it('rewrites only the fragment links it is given an address for, and appends to figures by id', () => {
    expect(rewriteFragmentLinks(HTML, (id) => (id === 'b' ? 'other.html#b' : undefined))).toContain('<a href="other.html#b">');
    expect(rewriteFragmentLinks(HTML, () => undefined)).toBe(HTML);
    expect(appendToFigures(HTML, new Map([['figure-f', '<p>data</p>']]))).toContain('<a href="#b">b</a><p>data</p></figure>');
  });
});
