import type { Mention } from './entities.ts';

/** A sentence with what the fact readers need to know about it. */
export interface Sentence {
  /** Sentence text (CJK spacing collapsed, markup removed). */
  text: string;
  /** 1-based source line of an offset in `text`. */
  lineAt: (offset: number) => number;
  /** Known names in the text. */
  mentions: Mention[];
  /** Vendors named in the section heading, then in the paragraph (for subjectless sentences). */
  contextVendors: string[];
  /** Caption of the figure the sentence is in, if any. */
  caption?: string;
  /** The year a slide prints as the label of the box the sentence is in (see slideYears): dates a bare month. */
  labelYear?: number;
  /** Report date, ISO, when known. */
  reportDate: string | null;
  /** An earlier sentence of the paragraph places it in the time of writing (近期 …; wording.yaml recentWords). */
  recent?: boolean;
  /** The sentence is in a table flattened to text whose header names a parameter column (wording.yaml parameterHeaders). */
  parameterColumn?: boolean;
  /** The sentence opens with a pronoun (wording.yaml pronouns) for this model, the previous sentence's subject. */
  referent?: Mention;
  /** The model the section heading is about ("…更便宜的GPT-4 Turbo"): the owner of a size or price no model in the sentence claims. */
  sectionModel?: Mention;
  /** A model's family in the registry, for telling a family from the member a clause is about. */
  familyOf?: (id: string) => string | null;
}

export interface Clause {
  start: number;
  end: number;
}

/** Clauses of a sentence: split at commas, semicolons and parentheses. */
export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    const digitComma = ch === ',' && /\d/.test(text[i - 1] ?? '') && /\d{3}/.test(text.slice(i + 1, i + 4));
    if (digitComma) continue;
    if (i === text.length || ch === '，' || ch === ',' || ch === '；' || ch === ';' || ch === '（' || ch === '）' || ch === '(' || ch === ')' || ch === '：') {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

export const modelMentions = (ms: Mention[]) => ms.filter((m) => m.targets[0]!.kind === 'model');
export const within = (ms: Mention[], c: Clause) => ms.filter((m) => m.start >= c.start && m.end <= c.end);

/**
 * Models preceded by 类似/对标/基于 are comparisons, not the subject; so is the base of a ratio after the model
 * ("仅为 GPT-4 Turbo 的一半", "是 Llama 2 的 7 倍", "GPT-4 的 80%").
 */
export function isComparison(text: string, m: Mention): boolean {
  return (
    /(类似|对标|基于|相比|比肩|超过|超越|优于|逼近|媲美|接入|整合了?|使用)\s*$/.test(text.slice(Math.max(0, m.start - 4), m.start)) ||
    /^\s*的\s*(?:一半|\d+(?:\.\d+)?\s*(?:倍|%|％)|[一二三四五六七八九十两几]+(?:倍|分之))/.test(text.slice(m.end, m.end + 12))
  );
}

/** Is `id` a member of `family`, directly or through its family's family? */
export function inFamily(id: string, family: string, familyOf: (id: string) => string | null): boolean {
  const seen = new Set<string>();
  for (let f = familyOf(id); f && !seen.has(f); f = familyOf(f)) {
    if (f === family) return true;
    seen.add(f);
  }
  return false;
}

/**
 * The subject model of each clause: the first model named in the clause (or a member of its family
 * named after it: "Gemini 1.5 的第一个版本 —— Gemini 1.5 Pro"), else the subject carried
 * from the previous clause of the same sentence.
 */
export function clauseSubjects(s: Sentence): Array<{ clause: Clause; subject: Mention | null }> {
  const models = modelMentions(s.mentions);
  let carried: Mention | null = s.referent ?? null;
  return clauses(s.text).map((clause) => {
    const inClause = within(models, clause).filter((m) => !isComparison(s.text, m));
    let own = inClause[0] ?? null;
    // "Gemini 1.5 的第一个版本 —— Gemini 1.5 Pro": a member of the family named first is what the clause is about.
    if (own && s.familyOf) {
      const family = own.targets[0]!.id;
      const member = inClause.find((m) => m !== own && inFamily(m.targets[0]!.id, family, s.familyOf!));
      if (member) own = member;
    }
    if (own) carried = own;
    return { clause, subject: own ?? carried };
  });
}

