/**
 * Chinese queries must match the phrase typed: 文心雕龙 must not find pages that only contain
 * 文心一言. Pagefind segments Chinese into words and matches the pieces, and its quoted-phrase
 * search depends on how each text was segmented, so runs of CJK characters are searched unquoted
 * (for recall) and then required verbatim in each result's content (for precision).
 */
export interface ParsedQuery {
  /** What to send to Pagefind. */
  pagefind: string;
  /** Texts every result must contain verbatim (CJK runs and quoted phrases). */
  phrases: string[];
}

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]{2,}/g;

export function parseQuery(q: string): ParsedQuery {
  const phrases: string[] = [];
  const kept: string[] = [];
  let rest = q.trim().replace(/"([^"]*)"/g, (_m, inner: string) => {
    const t = inner.trim();
    if (t) {
      phrases.push(t);
      // Latin phrases stay quoted for Pagefind; Chinese ones are checked verbatim below.
      kept.push(/[\u3400-\u9fff]/.test(t) ? t : `"${t}"`);
    }
    return ' ';
  });
  rest = rest.replace(CJK_RUN, (run) => {
    phrases.push(run);
    kept.push(run);
    return ' ';
  });
  kept.push(...rest.split(/\s+/).filter(Boolean));
  return { pagefind: kept.join(' '), phrases };
}

/** Does a result's text contain every phrase (ignoring case and spacing differences)? */
export function containsPhrases(text: string, phrases: string[]): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
  const t = norm(text);
  return phrases.every((p) => t.includes(norm(p)));
}

/** Keep Pagefind's <mark> highlighting and escape everything else in an excerpt. */
export function safeExcerpt(excerpt: string): string {
  const esc = (s: string) => s.replace(/&(?!(?:amp|lt|gt|quot|#39);)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return excerpt
    .split(/(<mark>|<\/mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : esc(part)))
    .join('');
}
