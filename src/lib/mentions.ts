import { excerptWindow } from './search-query.ts';
import { NAME_SEPARATOR } from '../schemas/alias-key.ts';
import type { Benchmark, Block, Claim, Model, Report, Result, Vendor } from '../schemas/index.ts';

/** Kinds of entity page that list the claims mentioning them. */
export type MentionKind = 'models' | 'vendors' | 'benchmarks';

/** Reports listed on an entity's own page; the rest are on its "all mentions" pages. */
export const ENTITY_PAGE_REPORTS = 10;
/** Reports per "all mentions" page, so no page grows with the corpus. */
export const MENTION_PAGE_REPORTS = 25;

export interface ReportMentions {
  report: string;
  claims: Claim[];
}

/**
 * Claims grouped by report, newest report first (undated last, then by id), claims in line order
 * within a report. Pages stay bounded however many reports mention an entity.
 */
export function mentionsByReport(claims: Claim[], report: (id: string) => Pick<Report, 'date'> | undefined): ReportMentions[] {
  const by = new Map<string, Claim[]>();
  for (const c of claims) (by.get(c.report) ?? by.set(c.report, []).get(c.report)!).push(c);
  const date = (id: string) => report(id)?.date ?? '';
  return [...by.entries()]
    .map(([r, cs]) => ({ report: r, claims: [...cs].sort((a, b) => a.line - b.line) }))
    .sort((a, b) => date(b.report).localeCompare(date(a.report)) || (a.report < b.report ? -1 : a.report > b.report ? 1 : 0));
}

/** Does the entity page leave claims out (more reports than it lists, or more claims per report than `limit`)? */
export function needsMentionPages(groups: ReportMentions[], limit: number): boolean {
  return groups.length > ENTITY_PAGE_REPORTS || groups.some((g) => g.claims.length > limit);
}

/** URL of page `n` (1-based) of an entity's mentions. */
export const mentionsRoute = (kind: MentionKind, id: string, n = 1): string => `/${kind}/${id}/mentions/${n > 1 ? `${n}/` : ''}`;

/**
 * The claims an entity page lists: every claim naming it. A benchmark's table rows that give its scores
 * are its leaderboard, so they are left out; its other rows (a header over its column, a row that
 * describes it: 天风 L215 "AMC 2022-23: 250 latest problems …") are listed like sentences.
 */
export function entityClaims(
  s: { claimsOf: { model: Map<string, Claim[]>; vendor: Map<string, Claim[]>; benchmark: Map<string, Claim[]> }; resultsOfBenchmark: Map<string, Result[]> },
  kind: MentionKind,
  id: string,
): Claim[] {
  if (kind === 'models') return s.claimsOf.model.get(id) ?? [];
  if (kind === 'vendors') return s.claimsOf.vendor.get(id) ?? [];
  const scored = new Set((s.resultsOfBenchmark.get(id) ?? []).map((r) => `${r.source.report}:${r.source.line}`));
  return (s.claimsOf.benchmark.get(id) ?? []).filter((c) => c.kind === 'sentence' || !scored.has(`${c.report}:${c.line}`));
}

/** How many claims per report each entity page shows before pointing at the mention pages. */
export const ENTITY_PAGE_LIMIT: Record<MentionKind, number> = { models: 50, vendors: 30, benchmarks: 20 };

/** Characters of a mention shown in a list. */
export const MENTION_CHARS = 300;

/**
 * A long claim as a mention list shows it: the stretch around the first of the entity's names (a
 * flattened table's chunk names the model far from its start), so the name is always in view.
 */
export function mentionExcerpt(text: string, names: readonly string[], width = MENTION_CHARS): string {
  const { start, end } = excerptWindow(text, names.filter((n) => n.length > 1), width);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** Every name an entity goes by, for finding it in a claim. */
export const entityNames = (e: { name: string; nameZh?: string | null; aliases: string[] }): string[] => [e.name, ...(e.nameZh ? [e.nameZh] : []), ...e.aliases];

/**
 * Forms of an entity's names people type that its page does not print: each name without its spaces,
 * hyphens and middle dots ("Qwen2.0" for Qwen 2.0), and the page's URL slug ("qwen-2"). Indexed with
 * the page (hidden), and added to the names search compares a query with, so they find the page.
 */
export function typedForms(e: { id: string; name: string; nameZh?: string | null; aliases: string[] }): string[] {
  const names = entityNames(e);
  const seen = new Set(names.map((n) => n.toLowerCase()));
  const out: string[] = [];
  for (const f of [...names.map((n) => n.split(new RegExp(NAME_SEPARATOR.source, 'g')).join('')), e.id]) {
    // Closed up, a name with a note in brackets ("GPT (series)") is no form anyone types.
    if (seen.has(f.toLowerCase()) || /[()（）]/.test(f)) continue;
    seen.add(f.toLowerCase());
    out.push(f);
  }
  return out;
}

/** What search compares a query with for an entity's page (its `names` meta): every name and the forms people type. */
export const searchNames = (e: Parameters<typeof typedForms>[0]): string => [...entityNames(e), ...typedForms(e)].join(' | ');

/** The names of the entity a mention list is about (none for an id the collections lack). */
export function mentionedNames(s: { model: Map<string, Model>; vendor: Map<string, Vendor>; benchmark: Map<string, Benchmark> }, kind: MentionKind, id: string): string[] {
  const e = kind === 'models' ? s.model.get(id) : kind === 'vendors' ? s.vendor.get(id) : s.benchmark.get(id);
  return e ? entityNames(e) : [];
}

/**
 * The line of a claim that names the entity: a claim joined from many lines (a slide's flattened
 * table, 国元 L92–L153) links to the line that prints the name, not to the claim's first line. The
 * report's blocks are in line order; the first line in the claim's range holding one of the names
 * (case ignored), else the claim's first line.
 */
export function mentionLine(c: Pick<Claim, 'line' | 'lineEnd'>, names: readonly string[], blocks: readonly Block[]): number {
  if (c.lineEnd <= c.line) return c.line;
  const wanted = names.filter((n) => n.length > 1).map((n) => n.toLowerCase());
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.lineEnd < c.line) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < blocks.length && blocks[k]!.line <= c.lineEnd; k++) {
    const b = blocks[k]!;
    const lines = b.text.split('\n');
    for (let n = Math.max(b.line, c.line); n <= Math.min(b.line + lines.length - 1, c.lineEnd); n++) {
      const text = lines[n - b.line]!.toLowerCase();
      if (wanted.some((w) => text.includes(w))) return n;
    }
  }
  return c.line;
}
