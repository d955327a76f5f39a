/**
 * How a report line reads as plain text, shared by the pipeline (claim text, paragraph breaks) and the
 * site (report pages), so both read a line the same way. No dependencies, like alias-key.ts.
 */

const CJK_CLASS = String.raw`[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFF65]`;

const CJK_CHAR = new RegExp(CJK_CLASS);

/** Is the character a CJK ideograph or CJK punctuation? */
export const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK_CHAR.test(ch);

/**
 * Spaces a PDF's justification put between CJK characters: it spreads a line one character at a time
 * ("公 司 估 值") or splits a word at one character ("发布时 间"), so a gap with a lone CJK character on
 * one side of it is closed. A gap between two CJK words ("12亿 多模态", "开发者 预训练模型") separates
 * columns or items and stays, as does a tab.
 */
const CJK_GAP = new RegExp(String.raw`(?<=(?:^|\s)${CJK_CLASS}) +(?=${CJK_CLASS})|(?<=${CJK_CLASS}) +(?=${CJK_CLASS}(?:\s|$))`, 'g');

/** A line without the spaces a PDF's justification put between CJK characters ("用 人 工 智 能" → "用人工智能"). */
export const closeUpCjk = (text: string): string => text.replace(CJK_GAP, '');

/**
 * A line that ends a sentence: Chinese or closing punctuation, or an English full stop after a word
 * ("… different data."), a bold mark after it aside. A PDF line break after one is a real break.
 */
export const SENTENCE_END = /(?:[。！？!?；;：:…”」』】]|[A-Za-z0-9)\]"'%]\.)\**\s*$/;

/**
 * Does a line hold the punctuation a sentence has (a comma, a full stop, a colon …)? A short line
 * without any is a label or a title ("国内主要大模型梳理", "使用自回归模型"), not prose.
 */
export const hasSentencePunctuation = (line: string): boolean => /[，。；：！？,;:!?]|[A-Za-z]\.\s*$/.test(line);

/**
 * Inline TeX a converter wrote for a formula (`$2048 \times 2048$`, `$n$`): a `$…$` span not escaped as
 * `\$`. Only spans holding a TeX command or a single letter are formulas; "$5 and $10" is money.
 */
const INLINE_MATH = /(?<![\\\w$])\$ ?([^$\n]{1,300}?) ?\$(?![\w$])/g;
const TEX_SYMBOLS: Record<string, string> = { times: '×', cdot: '·', div: '÷', pm: '±', approx: '≈', le: '≤', leq: '≤', ge: '≥', geq: '≥', neq: '≠', ne: '≠', infty: '∞', rightarrow: '→', to: '→', alpha: 'α', beta: 'β', gamma: 'γ', lambda: 'λ', mu: 'μ', sigma: 'σ', theta: 'θ', pi: 'π', sim: '~', '%': '%' };

/** Markdown's backslash escapes a converter wrote (\$78,000, \*\*) as the characters they stand for. */
export const unescapeMarkdown = (text: string): string => text.replace(/\\([$*_#\\])/g, '$1');

/** A line with its inline formulas as text: \text{…} and friends keep their words, known symbols become characters. */
export function texToText(text: string): string {
  return text.replace(INLINE_MATH, (m, inner: string) =>
    /\\[a-zA-Z]/.test(inner) || /^[a-zA-Z]$/.test(inner)
      ? inner
          .replace(/\\(?:text|mathrm|mathbf|mathit|operatorname|textbf)\s*\{([^{}]*)\}/g, '$1')
          .replace(/\\([a-zA-Z]+|%)/g, (cmd, name: string) => TEX_SYMBOLS[name] ?? cmd)
          .replace(/[{}]/g, '')
          .replace(/\s+/g, ' ')
          .trim()
      : m,
  );
}
