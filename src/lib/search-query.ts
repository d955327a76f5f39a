/**
 * Make a typed query match the phrase typed in Chinese: runs of two or more CJK characters are
 * quoted, so 文心雕龙 finds only 文心雕龙 (Pagefind would otherwise match its segments, e.g. 文心一言).
 * Latin words stay as typed ("MMLU 90" matches pages with both words).
 */
export function phraseQuery(q: string): string {
  const parts: string[] = [];
  let rest = q.trim();
  // Keep phrases the user quoted themselves.
  const quoted = /"([^"]*)"/g;
  rest = rest.replace(quoted, (_m, inner: string) => {
    parts.push(`"${inner}"`);
    return ' ';
  });
  rest = rest.replace(/[\u3400-\u9fff\uf900-\ufaff]{2,}/g, (run) => {
    parts.push(`"${run}"`);
    return ' ';
  });
  const words = rest.split(/\s+/).filter(Boolean);
  return [...parts, ...words].join(' ');
}

/** Keep Pagefind's <mark> highlighting and escape everything else in an excerpt. */
export function safeExcerpt(excerpt: string): string {
  const esc = (s: string) => s.replace(/&(?!(?:amp|lt|gt|quot|#39);)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return excerpt
    .split(/(<mark>|<\/mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : esc(part)))
    .join('');
}
