import type { RegistryBoilerplate } from '../../src/schemas/index.ts';
import { undoubled } from './text.ts';
import { parseChineseNumeral } from './numbers.ts';

/** Disclaimer and advert lines in the seeds are at most ~300 characters; longer lines are content. */
const MARKER_LINE_MAX = 600;
/** Table rows in the seeds are at most ~1,300 characters; a longer line with tabs is text whose line breaks were lost. */
const TABLE_ROW_MAX = 20_000;

/** What one source line looks like on its own, before blocks are built. */
export type LineKind =
  | 'blank'
  | 'heading'
  | 'caption'
  | 'source'
  | 'tsv'
  | 'html'
  | 'list'
  | 'number'
  | 'separator'
  | 'text';

export interface LineInfo {
  kind: LineKind;
  /** Heading level, for headings. */
  level?: number;
  /** Heading or caption text without markers. */
  title?: string;
  /** Caption label as printed, e.g. "图表 17". */
  label?: string;
  /** Caption number, when printed. */
  number?: number;
  /** Dotted heading number, e.g. "1.2.1". */
  numbering?: string;
  /** Line ends with a table-of-contents page number. */
  pageRef?: boolean;
}

const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const BOLD_LINE = /^\s*\*\*([^*]{1,40})\*\*\s*$/;
const NUMBERED = /^\s*(?:•\s*)?((?:\d{1,2}\.){0,3}\d{1,2})(\.?)(?:\s+|(?=[^\d\s.年月日号个亿万千百%倍小时分秒天周岁级款种项条家位名只台张B-]))(\S.*)$/;
const CAPTION = /^\s*(图表|图|表)\s*(\d{1,3})?\s*[：:]\s*(.*\S)\s*$/;
/** A numbered caption without a colon ("图 5  全球大模型数量"): only a short title with no sentence in it. */
const CAPTION_BARE = /^\s*(图表|图|表)\s*(\d{1,3})\s+(\S.{0,58}\S)\s*$/;
/** The number a heading numbered in Chinese opens with: "一、" (a section), "（二）" (a subsection). */
export const CHINESE_NUMBERING = /^\s*(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[)）])/;
/** A heading numbered in Chinese: "一、行业概览", "（二）国内厂商", with a short title. */
const CHINESE_NUMBERED = new RegExp(`${CHINESE_NUMBERING.source}\\s*(\\S.{0,38})$`);
const SOURCE = /^\s*(?:资料来源|数据来源|来源|Source|Sources)\s*[:：]/;
const LIST = /^\s*(?:[-*+•▪■◆●○◇►➤✓]\s+|[•▪■◆●○◇►➤]|\d{1,2}[)）]\s*|[（(]\d{1,2}[)）]\s*|[①-⑳]\s*)\S/;
const NUMBER_ONLY = /^\s*[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?\s*$/;
// One unambiguous token form, so a long run of numbers cannot backtrack exponentially.
const AXIS_ROW = /^\s*(?:\d+(?:\.\d+)?(?:Q[1-4])?[EeAaFfH%]?\s+){2,}\d+(?:\.\d+)?(?:Q[1-4])?[EeAaFfH%]?\s*$/;
const SEPARATOR = /^\s*(?:-{3,}|_{3,}|\*{3,}|={3,})\s*$/;
/** A table-of-contents entry ends with a page number after dot leaders, a tab, or glued to text. */
const PAGE_REF = /(?:\.{3,}|…{2,}|·{3,}|\t)\s*\d{1,3}\s*$|[^\d\s.,，、%年月日]\s?\d{1,3}$/;
/**
 * The end of a line, where a page number sits. End-anchored patterns that start with a run
 * (dot leaders, tabs) retry from every position of a long run: testing the tail keeps them linear.
 */
const tail = (line: string): string => (line.length > 256 ? line.slice(-256) : line);

/** Classify a single line by its own text. */
export function classifyLine(line: string): LineInfo {
  if (line.trim() === '') return { kind: 'blank' };
  if (SEPARATOR.test(line)) return { kind: 'separator' };
  const cells = line.split('\t');
  const pageRef =
    /(?:\.{3,}|…{2,}|·{3,})\s*\t?\s*\d{1,3}\s*$/.test(tail(line)) ||
    (cells.length === 2 && /^\s*\d{1,3}\s*$/.test(cells[1]!) && /[\u4e00-\u9fff]/.test(cells[0]!) && cells[0]!.trim().length > 6);
  const md = MD_HEADING.exec(line);
  if (md) {
    const title = stripEmphasis(md[2]!);
    const num = NUMBERED.exec(title);
    return { kind: 'heading', level: md[1]!.length, title, numbering: num?.[1], pageRef };
  }
  if (/^\s*<table\b/i.test(line) && !line.includes('\t')) return { kind: 'html' };
  if (cells.length > 1 && line.length <= TABLE_ROW_MAX && cells.some((c) => c.trim() !== '')) {
    const cap = CAPTION.exec(line);
    if (cap && pageRef) return { kind: 'caption', label: cap[2] ? `${cap[1]} ${cap[2]}` : cap[1]!, number: cap[2] ? Number(cap[2]) : undefined, title: cap[3]!, pageRef };
    return { kind: 'tsv', pageRef };
  }
  const cap = CAPTION.exec(line);
  // A caption names a figure; "图2：…的封装，上面有一个VGA连接器的图片。" is a sentence describing one (in a quoted answer).
  if (cap && !(/[。！？]\s*$/.test(cap[3]!) && /[，,]/.test(cap[3]!))) {
    const label = cap[2] ? `${cap[1]} ${cap[2]}` : cap[1]!;
    return { kind: 'caption', label, number: cap[2] ? Number(cap[2]) : undefined, title: cap[3]!, pageRef: pageRef || /\.{3,}\s*\d+\s*$/.test(line) };
  }
  const bare = CAPTION_BARE.exec(line);
  if (bare && !/[。！？，,；;]/.test(bare[3]!)) return { kind: 'caption', label: `${bare[1]} ${bare[2]}`, number: Number(bare[2]), title: bare[3]!, pageRef: pageRef || /\.{3,}\s*\d+\s*$/.test(line) };
  if (SOURCE.test(line)) return { kind: 'source' };
  if (NUMBER_ONLY.test(line) || AXIS_ROW.test(line)) return { kind: 'number' };
  const bold = BOLD_LINE.exec(line);
  // A bold line that ends a sentence ("**拥有更好的理解能力…分析。**") is a key point, not a heading.
  if (bold && !/[。！？!?]\s*$/.test(bold[1]!)) {
    const num = NUMBERED.exec(bold[1]!);
    return { kind: 'heading', level: 4, title: bold[1]!.trim(), numbering: num?.[1], pageRef };
  }
  let num = NUMBERED.exec(line);
  // A heading drawn twice to fake bold ("1.11.1 发展历程：…") is read as printed once.
  const once = num && line.length <= 200 ? undoubled(line.trim()) : line;
  if (once !== line) num = NUMBERED.exec(once);
  if (num && isHeadingLike(num[1]!, num[3]!, once)) {
    const depth = num[1]!.split('.').length;
    return { kind: 'heading', level: Math.min(6, depth + 1), title: stripEmphasis(once.trim().replace(/^•\s*/, '')), numbering: num[1], pageRef };
  }
  const zh = CHINESE_NUMBERED.exec(line);
  if (zh && !/[。！？；;，,、]$/.test(zh[3]!.trim()) && !/[。！？]/.test(zh[3]!)) {
    const title = stripEmphasis(line.trim());
    return zh[1] ? { kind: 'heading', level: 2, title, numbering: String(parseChineseNumeral(zh[1])), pageRef } : { kind: 'heading', level: 3, title, pageRef };
  }
  if (LIST.test(line)) return { kind: 'list', pageRef };
  // "1. Identify …", numbered like a heading but not one: an item of a numbered list.
  if (num && !num[1]!.includes('.') && num[2] === '.' && /^\s*(?:•\s*)?\d{1,2}\.\s/.test(line)) return { kind: 'list', pageRef };
  return { kind: 'text', pageRef: pageRef || PAGE_REF.test(tail(line)) };
}

/** A numbered line is a heading when it is short, reads like a title and its number is small. */
function isHeadingLike(numbering: string, rest: string, line: string): boolean {
  const first = Number(numbering.split('.')[0]);
  if (first === 0 || first > 20) return false;
  const body = rest.replace(/\.{3,}.*$/, '').trim();
  if (body.length < 2 || body.length > 60) return false;
  // Columns set apart by runs of spaces ("1       GPT-4-Turbo-0125      79.13     81.51"): a ranked table row.
  if (/\S {3,}\S.* {3,}\S/.test(body)) return false;
  if (/[。；;，,、]$/.test(body)) return false;
  // A line that ends with a full date ("2、AI 应用大幕徐徐展开——2024.01.28") lists a related report.
  if (/\d{4}\s*[.\-/年]\s*\d{1,2}\s*[.\-/月]\s*\d{1,2}\s*日?\s*$/.test(body)) return false;
  // An English sentence ("1. Identify the average daily meat consumption for Georgia.") is a list item.
  if (/\.$/.test(body) && /\s[a-z]{2,}/.test(body)) return false;
  if (/^[)）]/.test(rest)) return false;
  // A single bare number followed by a long clause is a sentence fragment, not a heading.
  if (!numbering.includes('.') && /[。！？]/.test(body)) return false;
  return line.length <= 90;
}

/** Remove markdown emphasis markers from a title. */
export function stripEmphasis(s: string): string {
  return s.replace(/\*\*|__/g, '').replace(/\\([*_#$])/g, '$1').trim();
}

/** Does the text contain one of the markers? */
export const hasMarker = (text: string, markers: string[]): boolean => markers.some((m) => text.includes(m));

export interface LineRoles {
  /** Per line: why it is boilerplate/furniture/toc, or undefined for content. */
  role: Array<{ kind: 'boilerplate' | 'furniture' | 'toc'; reason: string } | undefined>;
}

const LICENCE = /S\d{13}/;
const CONTACT = /(电话|手机|邮箱|邮编|地址|传真|E-?mail|Tel)\s*[:：]|@[A-Za-z0-9.-]+\.[a-z]{2,}|(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)/i;

/**
 * Decide which lines are not report content: boilerplate (disclaimers, ratings, contacts, adverts),
 * furniture (page numbers, chart ticks, repeated headers) and tables of contents.
 */
export function markLineRoles(lines: string[], info: LineInfo[], vocab: RegistryBoilerplate): LineRoles {
  const n = lines.length;
  const role: LineRoles['role'] = new Array(n).fill(undefined);

  // Boilerplate sections: from a marker heading to the next heading of the same or higher rank that is not one.
  for (let i = 0; i < n; i++) {
    const li = info[i]!;
    const isHead = li.kind === 'heading' || (li.kind === 'text' && lines[i]!.trim().length <= 24 && /[：:]\s*$/.test(lines[i]!));
    if (!isHead) continue;
    const title = li.title ?? lines[i]!.trim();
    if (!hasMarker(title, vocab.sectionHeadings)) continue;
    const level = li.kind === 'heading' ? li.level! : 7;
    let j = i;
    for (; j < n; j++) {
      const lj = info[j]!;
      if (j > i && lj.kind === 'heading' && lj.level! <= level && !hasMarker(lj.title!, vocab.sectionHeadings)) break;
      if (j > i && level === 7 && lj.kind === 'heading' && !hasMarker(lj.title!, vocab.sectionHeadings)) break;
      role[j] = { kind: 'boilerplate', reason: `section “${title.slice(0, 30)}”` };
    }
    i = j - 1;
  }

  // Single boilerplate lines: markers, licence numbers, contact details.
  for (let i = 0; i < n; i++) {
    if (role[i] || info[i]!.kind === 'blank') continue;
    const t = lines[i]!;
    // A marker in a longer line is a sentence that quotes it, or paragraphs whose line breaks were lost.
    if (t.length <= MARKER_LINE_MAX && hasMarker(t, vocab.lineMarkers)) role[i] = { kind: 'boilerplate', reason: 'disclaimer, advert or contact line' };
    else if (t.length <= 120 && (LICENCE.test(t) || CONTACT.test(t))) role[i] = { kind: 'boilerplate', reason: 'analyst or sales contact details' };
  }

  // Short lines sandwiched between boilerplate lines are part of the same block.
  const nonBlank = [...Array(n).keys()].filter((i) => info[i]!.kind !== 'blank');
  for (let a = 0; a < nonBlank.length; a++) {
    if (!role[nonBlank[a]!] || role[nonBlank[a]!]!.kind !== 'boilerplate') continue;
    for (let b = a + 1; b < Math.min(nonBlank.length, a + 8); b++) {
      const jb = nonBlank[b]!;
      if (role[jb]?.kind === 'boilerplate') {
        const between = nonBlank.slice(a + 1, b);
        if (between.every((k) => lines[k]!.length <= 150 && info[k]!.kind !== 'heading' && !role[k])) {
          for (const k of between) role[k] = { kind: 'boilerplate', reason: 'inside a contact or advert block' };
        }
        break;
      }
    }
  }

  // Furniture: separators, lone numbers and chart axis rows, repeated short page headers.
  const counts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const t = lines[i]!.trim();
    if (t.length > 0 && t.length <= 40) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    if (role[i]) continue;
    const li = info[i]!;
    const t = lines[i]!.trim();
    if (li.kind === 'separator') role[i] = { kind: 'furniture', reason: 'separator' };
    else if (li.kind === 'number') role[i] = { kind: 'furniture', reason: 'page number or chart axis tick' };
    else if ((li.kind === 'text' || li.kind === 'list') && t.length >= 6 && (counts.get(t) ?? 0) >= 3) {
      if (seen.has(t)) role[i] = { kind: 'furniture', reason: 'repeated page header' };
      seen.add(t);
    }
  }

  markToc(lines, info, role, vocab);
  return { role };
}

/** Tables of contents: after a contents heading, entries with page numbers or short numbered titles. */
function markToc(lines: string[], info: LineInfo[], role: LineRoles['role'], vocab: RegistryBoilerplate): void {
  const n = lines.length;
  const isTocHeading = (i: number) => {
    const t = (info[i]!.title ?? lines[i]!).replace(/[#*\s]/g, '');
    return vocab.tocHeadings.includes(t);
  };
  const nextNonBlank = (i: number) => {
    let j = i + 1;
    while (j < n && info[j]!.kind === 'blank') j++;
    return j;
  };
  for (let i = 0; i < n; i++) {
    if (!isTocHeading(i)) continue;
    role[i] = { kind: 'toc', reason: 'table of contents' };
    let lastNumber: number[] | null = null;
    let j = i + 1;
    for (; j < n; j++) {
      const lj = info[j]!;
      const t = lines[j]!.trim();
      if (lj.kind === 'blank' || lj.kind === 'separator') {
        if (!role[j]) role[j] = { kind: 'toc', reason: 'table of contents' };
        continue;
      }
      if (isTocHeading(j)) {
        role[j] = { kind: 'toc', reason: 'table of contents' };
        continue;
      }
      const end = tail(t);
      const hasPage = lj.pageRef === true || /(?:\.{3,}|…{2,})\s*\d{1,3}\s*$/.test(end) || /\t\s*\d{1,3}\s*$/.test(end) || /[\u4e00-\u9fff）)》]\s?\d{1,3}$/.test(end);
      const entryLike = hasPage || ((lj.kind === 'heading' || lj.kind === 'list' || lj.kind === 'caption') && t.length <= 40);
      if (!entryLike) break;
      if (!hasPage) {
        // A short title is an entry only when the next line is an entry too and numbering does not restart.
        const k = nextNonBlank(j);
        const nk = k < n ? info[k]! : undefined;
        const nextShort = nk !== undefined && (nk.pageRef === true || lines[k]!.trim().length <= 40) && nk.kind !== 'text';
        const num = (lj.numbering ?? /(\d+(?:\.\d+)*)/.exec(t)?.[1])?.split('.').map(Number) ?? null;
        const restarts = num !== null && lastNumber !== null && compareNumbering(num, lastNumber) < 0;
        if (!nextShort || restarts) break;
        if (num) lastNumber = num;
      } else if (lj.kind !== 'caption' && !/^\s*(图表|图|表)/.test(t)) {
        // Figure lists number separately from sections, so they do not move the section counter.
        const num = (lj.numbering ?? /^(?:\D{0,3})(\d+(?:\.\d+)*)/.exec(t)?.[1])?.split('.').map(Number);
        if (num) lastNumber = num;
      }
      role[j] = { kind: 'toc', reason: 'table of contents' };
    }
    i = j - 1;
  }
}

function compareNumbering(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
