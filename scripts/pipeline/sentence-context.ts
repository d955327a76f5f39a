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

/** Models preceded by 类似/对标/基于 are comparisons, not the subject. */
export function isComparison(text: string, m: Mention): boolean {
  return /(类似|对标|基于|相比|比肩|超过|超越|优于|逼近|媲美|接入|整合了?|使用)\s*$/.test(text.slice(Math.max(0, m.start - 4), m.start));
}

/**
 * The subject model of each clause: the first model named in the clause, else the subject carried
 * from the previous clause of the same sentence.
 */
export function clauseSubjects(s: Sentence): Array<{ clause: Clause; subject: Mention | null }> {
  const models = modelMentions(s.mentions);
  let carried: Mention | null = s.referent ?? null;
  return clauses(s.text).map((clause) => {
    const own = within(models, clause).find((m) => !isComparison(s.text, m)) ?? null;
    if (own) carried = own;
    return { clause, subject: own ?? carried };
  });
}

