import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './corpus.ts';

export const DIST = join(ROOT, 'dist');

/** Every HTML file in dist, as its URL path ("/models/gpt-4/"). */
export function htmlPages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push('/' + relative(dir, p).replace(/index\.html$/, '').replace(/\\/g, '/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The file a URL path is served from, or null. */
export function fileFor(path: string, dir = DIST): string | null {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/') ? [join(dir, clean, 'index.html')] : [join(dir, clean), join(dir, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const htmlCache = new Map<string, string>();
export const html = (path: string, dir = DIST): string => {
  const f = fileFor(path, dir);
  if (!f) throw new Error(`no page for ${path}`);
  if (!htmlCache.has(f)) htmlCache.set(f, readFileSync(f, 'utf8'));
  return htmlCache.get(f)!;
};

/** Ids defined in a page. */
export const idsIn = (page: string): Set<string> => new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/** href values of links in a page (decoded entities). */
export const hrefsIn = (page: string): string[] => [...page.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
