/**
 * Reading and rewriting the chapters' HTML fragments. They are the chapters stage's own serialisation
 * (rehype-stringify, plus the figures' SVG and editor-written HTML passed through), so a tokenizer that knows tags,
 * quoted attributes, comments and text is enough: no HTML parser is among the dependencies, and none is needed to
 * find ids, links, figures and headings in markup a known serialiser wrote.
 */

export interface Token {
  kind: 'start' | 'end' | 'text' | 'comment';
  /** The token exactly as it stands in the HTML: joining every token's `raw` gives the input back. */
  raw: string;
  /** Lower-case tag name of a start or end tag; empty for text and comments. */
  name: string;
}

// A comment; a start or end tag whose quoted attribute values may hold `>`; a run of text; a stray `<`.
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</g;

export function tokenize(html: string): Token[] {
  return [...html.matchAll(TOKEN)].map((match) => {
    const raw = match[0];
    if (raw.startsWith('<!--')) return { kind: 'comment', raw, name: '' };
    const name = match[2];
    if (name === undefined) return { kind: 'text', raw, name: '' };
    return { kind: match[1] === '/' ? 'end' : 'start', raw, name: name.toLowerCase() };
  });
}

/** The value of a double-quoted attribute of a start tag, as rehype-stringify writes them; undefined when absent. */
export function attribute(token: Token, name: string): string | undefined {
  if (token.kind !== 'start') return undefined;
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(token.raw)?.[1];
  return value === undefined ? undefined : decodeEntities(value);
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text as the reader sees it: rehype-stringify writes numeric references; editors may write the common named ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (reference, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? reference;
  });
}

/** Every id the fragment defines, in document order. */
export function idsIn(html: string): string[] {
  return tokenize(html).flatMap((token) => attribute(token, 'id') ?? []);
}
