/**
 * How names compare: the registry stores each alias under this key, the pipeline matches report
 * text by it, and the search page compares what was typed with an entity's names by it. No
 * dependencies, so the browser bundle can use it.
 */

/** Characters a name may be written with or without ("GPT-4" = "GPT 4" = "GPT4"). */
export const NAME_SEPARATOR = /[\s\-_‐‑–—·・]/;

/** Key under which an alias is stored: NFKC, lowercase, without spaces, hyphens or middle dots. */
export function aliasKey(name: string): string {
  let out = '';
  for (const ch of name.normalize('NFKC')) if (!NAME_SEPARATOR.test(ch)) out += ch.toLowerCase();
  return out;
}
