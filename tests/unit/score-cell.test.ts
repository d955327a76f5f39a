import { describe, expect, it } from 'vitest';
import { canonicalSetting, looksLikeSetting, parseScoreCell, settingPhrase, stripMarks } from '../../scripts/pipeline/score-cell.ts';

describe('parseScoreCell', () => {
  it('reads value and percent from "90.04% CoT@32*", keeping the setting after it without the footnote mark', () => {
    expect(parseScoreCell('90.04% CoT@32*')).toEqual([{ value: 90.04, percent: true, rest: 'CoT@32', printed: '90.04% CoT@32*' }]);
  });

  it('keeps the model named inside the cell, as in "70.7% 5-shot U-PaLM [44]"', () => {
    expect(parseScoreCell('70.7% 5-shot U-PaLM [44]')[0]).toMatchObject({ value: 70.7, rest: '5-shot U-PaLM' });
  });

  it('treats —, - and blanks as empty', () => {
    for (const e of ['—', '-', '', ' – ']) expect(parseScoreCell(e)).toEqual([]);
  });

  it('takes the first number of a pair cell "95.8/98.9"', () => {
    expect(parseScoreCell('95.8/98.9')).toMatchObject([{ value: 95.8, printed: '95.8/98.9' }]);
  });

  it('reads two results in one cell', () => {
    expect(parseScoreCell('58.5% 4-shot Minerva prompt 59.4% 7-shot').map((s) => [s.value, s.rest])).toEqual([
      [58.5, '4-shot Minerva prompt'],
      [59.4, '7-shot'],
    ]);
  });

  it('ignores text cells and footnote-only marks', () => {
    expect(parseScoreCell('Proprietary')).toEqual([]);
    expect(parseScoreCell('68.0%***')).toMatchObject([{ value: 68, rest: '' }]);
  });
});

describe('stripMarks', () => {
  it('removes reference marks and footnote stars', () => {
    expect(stripMarks('MMLU [43] (via API**)')).toBe('MMLU (via API)');
  });
});

describe('looksLikeSetting', () => {
  it('finds n-shot, CoT and registry words, and scans a long run of digits or spaces once', () => {
    expect(looksLikeSetting('5-shot', [])).toBe(true);
    expect(looksLikeSetting('5 - shot', [])).toBe(true);
    expect(settingPhrase('UCF-101 zero-shot text-to-video generation', [])).toBe('zero-shot');
    expect(looksLikeSetting('Minerva prompt', ['Minerva prompt'])).toBe(true);
    expect(looksLikeSetting('Multi-discipline college-level problems', [])).toBe(false);
    // Quadratic backtracking here would take minutes; linear scanning takes milliseconds.
    expect(looksLikeSetting(`${'1'.repeat(200_000)} x`, [])).toBe(false);
    expect(looksLikeSetting(`5${' '.repeat(200_000)}x`, [])).toBe(false);
  });
});

describe('canonicalSetting', () => {
  it('writes each setting one way, so scores under "5 shot" and "5-shot" group together', () => {
    // 西南 L566 "5 shot", 天风 L310 "pass @ 1", 天风 L369 "Majl@32" (OCR), 西南 L579 "5-shot chain-of-thought", 国金 L619 "zero-shot".
    expect(canonicalSetting('5 shot')).toBe('5-shot');
    expect(canonicalSetting('25-shots')).toBe('25-shot');
    expect(canonicalSetting('pass @ 1')).toBe('pass@1');
    expect(canonicalSetting('Majl@32')).toBe('Maj1@32');
    expect(canonicalSetting('5-shot chain-of-thought')).toBe('5-shot CoT');
    expect(canonicalSetting('ZH; UCF-101 zero-shot')).toBe('ZH; UCF-101 0-shot');
    // What is not a shot count stays as written.
    expect(canonicalSetting('0-shot (IT)')).toBe('0-shot (IT)');
    expect(canonicalSetting('4-shot Minerva prompt')).toBe('4-shot Minerva prompt');
    expect(canonicalSetting('v1.5 shot')).toBe('v1.5 shot');
    expect(canonicalSetting(null)).toBe(null);
  });
});
