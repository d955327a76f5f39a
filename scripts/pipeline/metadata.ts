import type { Block, Broker, Registry, ReportMeta } from '../../src/schemas/index.ts';
import { findDates, isoDate } from './dates.ts';
import { CHINESE_NUMBERING } from './classify-lines.ts';

export interface ReportMetadata {
  title: string;
  broker: Broker | null;
  date: string | null;
  analysts: string[];
  rating: string | null;
  sector: string | null;
  fieldOrigin: Record<string, 'inferred' | 'curated' | 'missing'>;
}

const HEAD_LINES = 80;

/** The broker named most often (name, legal name, research-institute line or e-mail domain). */
function inferBroker(text: string, registry: Registry): Broker | null {
  let best: { b: Registry['brokers'][number]; n: number } | null = null;
  for (const b of registry.brokers) {
    let n = 0;
    for (const name of [b.zh, ...b.aliases]) {
      let at = text.indexOf(name);
      while (at >= 0) {
        n++;
        at = text.indexOf(name, at + name.length);
      }
    }
    if (n > 0 && (!best || n > best.n)) best = { b, n };
  }
  return best ? { id: best.b.id, zh: best.b.zh, en: best.b.en } : null;
}

/** The first heading near the top that reads like a title (not a sector or a section label). */
function inferTitle(blocks: Block[], lines: string[], registry: Registry): string | null {
  const vocab = registry.boilerplate;
  const isGeneric = (t: string) => {
    const c = t.replace(/[\s#*：:➤•]/g, '');
    return (
      c.length < 4 ||
      vocab.notTitles.some((w) => c === w || c.startsWith(w)) ||
      vocab.sectors.some((s) => c === s || c === `${s}行业` || c === `${s}行业研究` || c === `${s}组`) ||
      vocab.ratings.some((r) => c.startsWith(r)) ||
      /^\d/.test(c) ||
      // A section numbered in Chinese ("一、…", "（一）…") opens the body, not the cover.
      CHINESE_NUMBERING.test(c) ||
      /研究报告$|报告$/.test(c)
    );
  };
  for (const b of blocks) {
    if (b.line > HEAD_LINES) break;
    if (b.kind !== 'heading') continue;
    const t = lines[b.line - 1]!.replace(/^\s*#+\s*/, '').replace(/\*\*/g, '').trim();
    if (!isGeneric(t) && t.length <= 60) return t;
  }
  // A cover with no heading: its first line of running text that reads like a title (long enough, no
  // sentence, no analyst, rating, date or broker line) before the body starts.
  const inText = new Set<number>();
  for (const b of blocks) if (b.kind === 'paragraph' && b.line <= COVER_LINES) for (let n = b.line; n <= b.lineEnd; n++) inText.add(n);
  for (let n = 1; n <= Math.min(COVER_LINES, lines.length); n++) {
    if (!inText.has(n)) continue;
    const t = lines[n - 1]!.replace(/\*\*/g, '').trim();
    if (t.length >= 8 && t.length <= 60 && !/[。；;！？]|\d{4}\s*年\s*\d{1,2}\s*月|[：:]\s*$|[|｜/]/.test(t) && !vocab.coverLabels.some((w) => t.includes(w)) && !isGeneric(t)) return t;
  }
  return null;
}

/** How far into a report its cover runs, for a title printed as a plain line. */
const COVER_LINES = 15;

/** Metadata from the cover and analyst block, then curated values from `<id>.meta.yaml` on top. */
export function inferMetadata(id: string, rawLines: string[], blocks: Block[], registry: Registry, meta: ReportMeta | null): ReportMetadata {
  const text = rawLines.join('\n');
  const head = rawLines.slice(0, HEAD_LINES);
  const origin: ReportMetadata['fieldOrigin'] = {};
  const pick = <T,>(field: keyof ReportMeta, inferred: T | null, curated: T | undefined): T | null => {
    if (curated !== undefined) {
      origin[field] = 'curated';
      return curated;
    }
    origin[field] = inferred === null || (Array.isArray(inferred) && inferred.length === 0) ? 'missing' : 'inferred';
    return inferred;
  };

  const analysts = new Set<string>();
  for (const m of text.matchAll(/分析师\s*[:：]\s*([\u4e00-\u9fa5]{2,4})(?=[\s(（,，]|执业|$)/gm)) analysts.add(m[1]!);

  const ratingWords = registry.boilerplate.ratings;
  let rating: string | null = null;
  for (const l of head) {
    const t = l.replace(/^\s*#+\s*/, '').replace(/\*\*/g, '').trim();
    const w = ratingWords.find((r) => t.startsWith(r));
    if (w && t.length <= 16 && /评级|^\S{2,4}$/.test(t)) {
      rating = t;
      break;
    }
    // A labelled rating: "投资评级：优于大市（维持）".
    const labelled = /^(?:投资|行业|公司)?评级\s*[:：]\s*(\S.{0,14})$/.exec(t);
    if (labelled && ratingWords.some((r) => labelled[1]!.startsWith(r))) {
      rating = labelled[1]!.trim();
      break;
    }
  }

  let sector: string | null = null;
  for (const l of head) {
    const t = l.replace(/^\s*#+\s*/, '').replace(/\*\*/g, '').trim();
    const s = registry.boilerplate.sectors.find((w) => t === w || t.startsWith(`${w}行业`) || t === `${w}组` || t.startsWith(`${w}研究`) || t.startsWith(`${w}专题`));
    if (s) {
      sector = s;
      break;
    }
  }

  let date: string | null = null;
  for (const l of head) {
    const t = l.trim();
    if (t.length > 24) continue;
    const d = findDates(t).find((x) => !x.yearMissing && x.month !== undefined);
    if (d && t.replace(d.printed, '').replace(/[\s,，]/g, '').length <= 4) {
      date = isoDate({ year: d.year!, month: d.month, day: d.day });
      break;
    }
  }

  const brokerCurated = meta?.broker ? registry.brokers.find((b) => b.id === meta.broker) : undefined;
  const title = pick('title', inferTitle(blocks, rawLines, registry), meta?.title) ?? id;
  return {
    title,
    broker: pick('broker', inferBroker(text, registry), brokerCurated ? { id: brokerCurated.id, zh: brokerCurated.zh, en: brokerCurated.en } : undefined),
    date: pick('date', date, meta?.date),
    analysts: pick('analysts', [...analysts], meta?.analysts) ?? [],
    rating: pick('rating', rating, meta?.rating),
    sector: pick('sector', sector, meta?.sector),
    fieldOrigin: origin,
  };
}
