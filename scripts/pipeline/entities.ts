import { aliasKey, NAME_SEPARATOR as SEPARATOR } from '../../src/schemas/alias-key.ts';
import type { Registry } from '../../src/schemas/index.ts';

export { aliasKey };

/** The first character at or after `j` that is not a separator ('' at the end). */
function nextVisible(text: string, j: number): string {
  while (j < text.length && SEPARATOR.test(text[j]!)) j++;
  return text[j] ?? '';
}

/** Kinds of entity the alias registry knows. */
export type EntityKind = 'model' | 'vendor' | 'benchmark';

export interface Target {
  kind: EntityKind;
  id: string;
  /** True when the spelling only matches case-sensitively. */
  exact: boolean;
}

/** One occurrence of a known name in a text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  targets: Target[];
  /** Found by context, not by a registry name ("Ultra" after "Gemini 1.0 共分为"): not a spelling of the entity. */
  contextual?: boolean;
}

const ASCII_ALNUM = /[A-Za-z0-9]/;

interface Node {
  next: Map<string, Node>;
  targets: Target[];
  /** Some name has a space or hyphen after this point ("Gemini Ultra"): text may too, even between two letters. */
  gap: boolean;
  /** A known non-entity name ends here (not-models.yaml: "M6-Corpus"): matched text that names nothing. */
  block: boolean;
}
const node = (): Node => ({ next: new Map(), targets: [], gap: false, block: false });

/**
 * Add a name: its characters without separators (folded to lower case if `fold`), remembering where it had separators.
 * Without a target the name is a blocker: a non-entity name that, being longer, keeps a shorter entity name inside it
 * from matching ("M6" in "M6-Corpus").
 */
function insert(root: Node, name: string, t: Target | null, fold: boolean): void {
  let n = root;
  for (const raw of name.normalize('NFKC')) {
    if (SEPARATOR.test(raw)) {
      if (n !== root) n.gap = true;
      continue;
    }
    const ch = fold ? raw.toLowerCase() : raw;
    let nx = n.next.get(ch);
    if (!nx) n.next.set(ch, (nx = node()));
    n = nx;
  }
  if (!t) n.block = true;
  else if (!n.targets.some((x) => x.kind === t.kind && x.id === t.id)) n.targets.push(t);
}

/** Finds registry names in text, longest match first, respecting Latin word boundaries. */
export interface Matcher {
  /** Every non-overlapping mention in the text, left to right. */
  find(text: string): Mention[];
  /** Resolve a whole name (a table header or label) to an entity of the kind, if the name is one. */
  resolveName(name: string, kind: EntityKind, opts?: { tableHeader?: boolean }): string | null;
  /** Is this a known non-model word (row labels like "Human Baseline")? */
  isNotModel(name: string): boolean;
  /**
   * The vendor a model mention names within itself ("腾讯混元" names Tencent, "Runway-Gen2" Runway): only the
   * model's own registry vendor, so "Meta-Transformer" (not Meta's) names no vendor.
   */
  ownVendorIn(mention: Mention): { id: string; text: string } | null;
  /**
   * The registry model a name the registry does not know goes on from ("GPT-4-Turbo-0125" from GPT-4 Turbo,
   * "Llama 3 400B" from Llama 3): the longest model name that starts it and ends where a word or number ends.
   */
  baseModel(name: string): string | null;
}

/** A name's words, case-folded and sorted: the same for "Gemini 1.5 Pro" and "Gemini Pro 1.5". */
const wordsKey = (name: string): string | null => {
  const words = name.normalize('NFKC').toLowerCase().split(/[\s\-_]+/).filter(Boolean);
  return words.length >= 3 ? words.sort().join('|') : null;
};

/** Build the matcher from the registry. Ties between kinds prefer model, then benchmark, then vendor. */
export function buildMatcher(registry: Registry): Matcher {
  const ci = node();
  const cs = node();
  const header = node();
  // Each name goes into a case-folded trie, or, listed as exact (case-sensitive), only into the exact one ("MATH" vs "math").
  const add = (kind: EntityKind, id: string, names: string[], exact: string[], into = { ci, cs }) => {
    for (const n of names) if (!exact.includes(n)) insert(into.ci, n, { kind, id, exact: false }, true);
    for (const n of exact) insert(into.cs, n, { kind, id, exact: true }, false);
  };
  const vendorNames = (v: Registry['vendors'][number]) => [v.name, ...(v.zh ? [v.zh] : []), ...v.aliases];
  for (const m of registry.models) add('model', m.id, [m.name, ...(m.zh ? [m.zh] : []), ...m.aliases], m.exact);
  for (const b of registry.benchmarks) {
    add('benchmark', b.id, [b.name, ...b.aliases], b.exact);
    for (const t of b.tableAliases) insert(header, t, { kind: 'benchmark', id: b.id, exact: false }, true);
  }
  for (const v of registry.vendors) add('vendor', v.id, vendorNames(v), v.exact);
  const notModels = new Set(registry.notModels.map(aliasKey));
  // Non-entity names in a trie of their own: their spaces and hyphens must not loosen how real names match.
  const blockers = node();
  for (const n of registry.notModels) insert(blockers, n, null, true);
  // Vendors alone, for the maker a model's name spells (ownVendorIn).
  const vendorsOnly = { ci: node(), cs: node() };
  for (const v of registry.vendors) add('vendor', v.id, vendorNames(v), v.exact, vendorsOnly);
  const vendorOfModel = new Map(registry.models.flatMap((m) => (m.vendor ? [[m.id, m.vendor] as const] : [])));
  // Model names of three or more words by their words in any order; a key two models share names neither.
  const byWords = new Map<string, string | null>();
  for (const m of registry.models)
    for (const n of [m.name, ...m.aliases, ...m.exact]) {
      const k = wordsKey(n);
      if (k) byWords.set(k, byWords.has(k) && byWords.get(k) !== m.id ? null : m.id);
    }
  const rank: Record<EntityKind, number> = { model: 0, benchmark: 1, vendor: 2 };

  function scan(text: string, roots: Array<{ root: Node; fold: boolean }>): Mention[] {
    const normalized = text.normalize('NFKC');
    const nfkc = normalized.length === text.length ? normalized : text;
    const mentions: Mention[] = [];
    let i = 0;
    while (i < text.length) {
      const prev = i > 0 ? nfkc[i - 1]! : '';
      const ch0 = nfkc[i]!;
      if (SEPARATOR.test(ch0) || (ASCII_ALNUM.test(ch0) && ASCII_ALNUM.test(prev))) {
        i++;
        continue;
      }
      let best: { end: number; targets: Target[] } | null = null;
      // The end of the longest model name the text goes on to version ("GPT-4 Turbo" in "GPT-4 Turbo-0125").
      let versioned = -1;
      const lower0 = ch0.toLowerCase();
      for (const { root, fold } of roots) {
        // Most positions start no name: look the first character up before walking.
        if (!root.next.has(fold ? lower0 : ch0)) continue;
        let n: Node | undefined = root;
        for (let j = i; j < text.length && n; j++) {
          const c = nfkc[j]!;
          if (SEPARATOR.test(c)) {
            // Separators never start or end a name; skip them inside one ("GPT 4" = GPT-4), but between two
            // letters only where a name has one ("Gemini Ultra"), so "Gem ini" is not Gemini.
            if (!n.gap && j > i && /[A-Za-z]/.test(nfkc[j - 1]!) && /[A-Za-z]/.test(nextVisible(nfkc, j))) break;
            continue;
          }
          n = n.next.get(fold ? c.toLowerCase() : c);
          if (!n) break;
          if (n.targets.length > 0 || n.block) {
            const after = nfkc[j + 1] ?? '';
            // A Latin name may be glued to a year ("Meta2024 年"), never to other letters or digits.
            const gluedYear = /[A-Za-z]/.test(c) && /^(?:19|20)\d{2}(?:\s*年|Q[1-4])/.test(nfkc.slice(j + 1, j + 8));
            // A name ending in a letter is not the start of a longer versioned name ("GPT" in "GPT-4.5"),
            // but may be followed by a size or window ("GPT-3.5 Turbo 4K", "LLaMA 65B").
            const versionAfter =
              /[A-Za-z]/.test(c) &&
              n.targets.length > 0 &&
              n.targets.every((t) => t.kind === 'model') &&
              /^[\s\-]?\d+(?:\.\d+)?(?![\d.%％]|[KkMmBbTt](?![A-Za-z])|\s?-?\s?shots?\b)/i.test(nfkc.slice(j + 1, j + 14)) &&
              !/^[\s\-]?(?:19|20)\d{2}(?![\d.])/.test(nfkc.slice(j + 1, j + 10));
            const pointRelease = after === '.' && /\d/.test(nfkc[j + 2] ?? '') && /\d/.test(c);
            if ((versionAfter || pointRelease) && n.targets.length > 0) versioned = Math.max(versioned, j + 1);
            const boundary = (gluedYear || !(ASCII_ALNUM.test(c) && ASCII_ALNUM.test(after))) && !versionAfter && !pointRelease;
            if (boundary) {
              const len = j + 1;
              // Longest wins; at equal length a case-exact name beats a folded one, and any name beats a blocker.
              const better =
                !best ||
                len > best.end ||
                (len === best.end && ((n.targets.some((t) => t.exact) && !best.targets.some((t) => t.exact)) || (best.targets.length === 0 && n.targets.length > 0)));
              if (better) best = { end: len, targets: [...n.targets].sort((a, b) => rank[a.kind] - rank[b.kind]) };
            }
          }
        }
      }
      // A known name the text continues into a version it does not know ("Gemini Pro 1.5", "GPT-4 Turbo-0125",
      // "Claude 3.5 Sonnet") names another model: neither the shorter name inside it nor a name in its tail
      // ("Sonnet") is a mention. The version and up to two capitalised words after it go with it.
      if (versioned > (best?.end ?? -1)) {
        const tail = /^(?:[\s\-]?[Vv]?\s?\d+(?:\.\d+)*|(?:\.\d+)+)[A-Za-z]?(?:[\s\-][A-Z][A-Za-z]+){0,2}/.exec(nfkc.slice(versioned, versioned + 40))?.[0] ?? '';
        const end = versioned + tail.length;
        // Unless it is a known name with its words in another order ("Gemini Pro 1.5" is Gemini 1.5 Pro).
        const reordered = byWords.get(wordsKey(nfkc.slice(i, end)) ?? '');
        best = { end, targets: reordered ? [{ kind: 'model', id: reordered, exact: false }] : [] };
      }
      if (best) {
        if (best.targets.length > 0) mentions.push({ start: i, end: best.end, text: text.slice(i, best.end), targets: best.targets });
        i = best.end;
      } else i++;
    }
    return mentions;
  }

  const roots = [
    { root: ci, fold: true },
    { root: cs, fold: false },
    { root: blockers, fold: true },
  ];

  return {
    find: (text) => scan(text, roots),
    resolveName(name, kind, opts) {
      const clean = name
        .replace(/<[^>]+>/g, '')
        .replace(/[*†‡§]+/g, '')
        .replace(/\[\d+\]/g, '')
        .trim();
      if (clean === '') return null;
      const rootsHere = opts?.tableHeader ? [...roots, { root: header, fold: true }] : roots;
      const ms = scan(clean, rootsHere);
      const first = ms.find((m) => m.targets.some((t) => t.kind === kind));
      if (!first) return null;
      // The name must start the label and not be glued to more name ("T5+Meena").
      const lead = clean.slice(0, first.start).replace(/[\s(（“"]/g, '');
      if (kind !== 'benchmark' && lead !== '') return null;
      const after = clean.slice(first.end);
      if (kind !== 'benchmark' && /^\s*[+/&＋]/.test(after)) return null;
      return first.targets.find((t) => t.kind === kind)!.id;
    },
    isNotModel: (name) => notModels.has(aliasKey(name.replace(/\[\d+\]|\*+/g, '').trim())),
    ownVendorIn(mention) {
      const t = mention.targets[0];
      const own = t?.kind === 'model' ? vendorOfModel.get(t.id) : undefined;
      if (!own) return null;
      const found = scan(mention.text, [
        { root: vendorsOnly.ci, fold: true },
        { root: vendorsOnly.cs, fold: false },
      ]);
      const m = found.find((x) => x.targets.some((v) => v.id === own));
      return m ? { id: own, text: m.text.trim() } : null;
    },
    baseModel(name) {
      const t = name.normalize('NFKC').trim();
      let best: { len: number; id: string } | null = null;
      for (const { root, fold } of [
        { root: ci, fold: true },
        { root: cs, fold: false },
      ]) {
        let n: Node | undefined = root;
        for (let j = 0; j < t.length - 1 && n; j++) {
          const c = t[j]!;
          if (SEPARATOR.test(c)) continue;
          n = n.next.get(fold ? c.toLowerCase() : c);
          const model = n?.targets.find((x) => x.kind === 'model');
          const after = t[j + 1]!;
          // Not inside a word or a number ("Llama" in "Llamas", "GPT-4" in "GPT-40" or "GPT-4.5").
          const inside = (ASCII_ALNUM.test(c) && /[A-Za-z]/.test(c) === /[A-Za-z]/.test(after) && ASCII_ALNUM.test(after)) || (/\d/.test(c) && after === '.');
          if (model && !inside && (!best || j + 1 > best.len)) best = { len: j + 1, id: model.id };
        }
      }
      return best?.id ?? null;
    },
  };
}
