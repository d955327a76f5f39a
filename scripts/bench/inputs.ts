import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Text of the seed reports. */
export function seedTexts(dir = 'content/reports'): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Real report text repeated to about `bytes` UTF-8 bytes. */
export function realTextOfSize(bytes: number): string {
  const all = seedTexts().join('\n');
  const unit = Buffer.byteLength(all);
  return Array.from({ length: Math.max(1, Math.round(bytes / unit)) }, () => all).join('\n');
}

/** Inputs that break naive parsers: long lines and long runs, each about `bytes` long. */
export function pathologicalInputs(bytes: number): Record<string, string> {
  const rep = (s: string) => s.repeat(Math.ceil(bytes / Buffer.byteLength(s)));
  return {
    'real text, one line (no newlines)': realTextOfSize(bytes).replace(/\n/g, ' '),
    'digits run': rep('1234567890'),
    'tabs run': 'MMLU' + rep('\t') + '90%\n',
    'spaces run': 'GPT-4 MMLU' + rep(' ') + '86.4%\n',
    'dot leaders run': '1 行业概览' + rep('.') + ' 12\n',
    'one long table row': rep('MMLU\t86.4%\t'),
    'brackets run': rep('(（[【《<'),
    'unclosed tags': rep('<a href="x" '),
    'CJK without punctuation': rep('大模型市场规模'),
    'numbers and spaces': rep('2023 1000 '),
    'table of empty cells': rep('\t\t\t\t\t\t\t\t\t\n'),
    'amounts and currencies': rep('300 亿至 370 亿美元，'),
    'heading-like lines': rep('1.1. 海外大模型形成一超多强格局\n'),
  };
}
