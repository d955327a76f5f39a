import { describe, expect, it } from 'vitest';
import { aliasKey, buildMatcher } from '../../scripts/pipeline/entities.ts';
import { registry } from '../helpers/corpus.ts';

const matcher = buildMatcher(registry());
const ids = (text: string) => matcher.find(text).map((m) => `${m.targets[0]!.kind}:${m.targets[0]!.id}`);

describe('aliasKey', () => {
  it('ignores case, spaces, hyphens and middle dots', () => {
    expect(aliasKey('LLaMA 2')).toBe(aliasKey('Llama-2'));
    expect(aliasKey('DALL·E 3')).toBe(aliasKey('DALLE 3'));
  });
});

describe('buildMatcher().find', () => {
  it('resolves every spelling of one model to one id (GPT4 = GPT-4 = GPT-4.0)', () => {
    expect(ids('GPT4 与 GPT-4 以及 GPT-4.0')).toEqual(['model:gpt-4', 'model:gpt-4', 'model:gpt-4']);
  });

  it('maps Chinese and English names together (文心一言 = ERNIE Bot, 通义千问 = Qwen, 谷歌 = Google)', () => {
    expect(ids('文心一言、ERNIE Bot、通义千问、Qwen、谷歌、Google')).toEqual(['model:ernie-bot', 'model:ernie-bot', 'model:qwen', 'model:qwen', 'vendor:google', 'vendor:google']);
  });

  it('prefers the longest name (GPT-4 Turbo over GPT-4, LLaMA 2 70B over LLaMA 2)', () => {
    expect(ids('GPT-4 Turbo 和 LLaMA 2 70B')).toEqual(['model:gpt-4-turbo', 'model:llama-2-70b']);
  });

  it('keeps size variants apart (Gemini Ultra / Pro / Nano)', () => {
    expect(ids('Gemini Ultra、Gemini Pro 和 Gemini Nano')).toEqual(['model:gemini-ultra', 'model:gemini-pro', 'model:gemini-nano']);
  });

  it('skips a space between two letters only where a name has one ("Gemini Ultra"), so "Gem ini" is not Gemini', () => {
    expect(ids('Gem ini 与 Clau de')).toEqual([]);
    expect(ids('Gemini Ultra、GeminiUltra、GPT 4')).toEqual(['model:gemini-ultra', 'model:gemini-ultra', 'model:gpt-4']);
  });

  it('lets a longer non-model name (not-models.yaml) hide the model name inside it (八卦炉 row: "M6-Corpus" is a dataset)', () => {
    expect(ids('中文多模态数据集M6-Corpus')).toEqual([]);
    expect(ids('数据集M6-Corpus 2.0版')).toEqual([]);
    expect(ids('通义 M6 与 M6-Corpus')).toEqual(['model:m6']);
    expect(ids('使得文本转语音（TTS）成为可能，语音合成（TTS）与 TTS 技术')).toEqual([]);
    expect(ids('文本转语音模型TTS')).toEqual(['model:openai-tts']);
  });

  it('keeps non-model names from loosening how real names match, and lets a real name win a tie with one', () => {
    // "Human Baseline" is a non-model name with a space; "Human Eval" is still not HumanEval.
    expect(ids('human eval 与 Human Eval-X')).toEqual([]);
    const withClash = buildMatcher({ ...registry(), notModels: [...registry().notModels, 'GPT-4'] });
    expect(withClash.find('GPT-4').map((m) => m.targets[0]!.id)).toEqual(['gpt-4']);
  });

  it('respects Latin word boundaries: GPT-4 is not found inside GPT-4V or GPT-4.5', () => {
    expect(ids('GPT-4V')).toEqual(['model:gpt-4v']);
    expect(ids('GPT-4.5')).toEqual([]);
    expect(ids('Claude3 发布')).toEqual(['model:claude-3']);
  });

  it('finds a name followed by a size or window ("GPT-3.5 Turbo 4K", 华福 图表 40), but not one followed by a version number', () => {
    expect(ids('GPT-3.5 Turbo 4K Input: $0.0015')).toEqual(['model:gpt-3-5-turbo']);
    expect(ids('Gpt-3.5 Turbo 16K')).toEqual(['model:gpt-3-5-turbo']);
    expect(ids('Gemini Ultra 32k')).toEqual(['model:gemini-ultra']);
    expect(ids('Gemini Ultra 2b')).toEqual(['model:gemini-ultra']);
    // "Turbo 2" would be another version, not GPT-3.5 Turbo nor GPT-3.5.
    expect(ids('GPT-3.5 Turbo 2')).toEqual([]);
  });

  it('matches case-sensitive spellings only in that case (SAM the model, not Sam Altman)', () => {
    expect(ids('Meta 发布了 SAM')).toEqual(['vendor:meta', 'model:sam']);
    expect(ids('OpenAI由Sam Altman创办')).toEqual(['vendor:openai']);
    expect(ids('MATH 测试，math problems')).toEqual(['benchmark:math']);
  });

  it('does not take a new version of a known model for the known one, nor a name in its tail ("Claude 3.9 Sonnet" is not Claude 3 Sonnet)', () => {
    expect(ids('Anthropic 推出 Claude 3.9 Sonnet')).toEqual(['vendor:anthropic']);
    expect(ids('Anthropic 推出 Claude 3.5 Sonnet')).toEqual(['vendor:anthropic', 'model:claude-3-5-sonnet']);
    expect(ids('GPT-4-Turbo-0125 与 Gemini 2.5 Pro')).toEqual([]);
    // A known name with its words in another order is that model ("Gemini Pro 1.5", Meta's Llama 3 table).
    expect(ids('Gemini Pro 1.5 与 GPT-4-Turbo-0125')).toEqual(['model:gemini-1-5-pro']);
    // Known versions and sizes still match whole ("GPT 4", "GPT-3.5 Turbo", "LLaMA 65B").
    expect(ids('GPT 4、GPT-3.5 Turbo 与 LLaMA 65B')).toEqual(['model:gpt-4', 'model:gpt-3-5-turbo', 'model:llama']);
  });

  it('finds a name glued to a year ("Meta2024 年")', () => {
    expect(ids('Meta2024 年扩大 GPU 投资')).toEqual(['vendor:meta']);
  });
});

describe('buildMatcher().baseModel', () => {
  it('finds the registry model a name it does not know goes on from, ending where a word or number ends', () => {
    expect(matcher.baseModel('GPT-4-Turbo-0125')).toBe('gpt-4-turbo');
    expect(matcher.baseModel('Llama 3 400B')).toBe('llama-3');
    expect(matcher.baseModel('Llama-400b')).toBe('llama');
    // Not inside a number or a word: GPT-40 and GPT-4.5 do not go on from GPT-4, nor "Llamas" from Llama.
    expect(matcher.baseModel('GPT-40')).toBe('gpt');
    expect(matcher.baseModel('Llamas-7B')).toBeNull();
    expect(matcher.baseModel('FooBar-7B')).toBeNull();
  });
});

describe('buildMatcher().ownVendorIn', () => {
  const own = (text: string) => matcher.find(text).map((m) => matcher.ownVendorIn(m)?.id ?? null);
  it('finds the maker a model name spells ("腾讯混元", "华为云盘古大模型", "Runway-Gen2"), 天风 and 国元 lines', () => {
    expect(own('腾讯混元AI大模型')).toEqual(['tencent']);
    expect(own('华为云盘古大模型')).toEqual(['huawei']);
    expect(own('Runway-Gen2')).toEqual(['runway']);
  });
  it('names no vendor for a model without its maker in the name, nor for another vendor\'s name inside it ("Meta-Transformer")', () => {
    expect(own('盘古大模型')).toEqual([null]);
    expect(own('Meta-Transformer')).toEqual([null]);
  });
});

describe('buildMatcher().resolveName', () => {
  it('resolves a table label only when the name starts it and is not glued to another name', () => {
    expect(matcher.resolveName('GPT-3.5 (5 shot)', 'model')).toBe('gpt-3-5');
    expect(matcher.resolveName('GPT-4 Evaluated few-shot', 'model')).toBe('gpt-4');
    expect(matcher.resolveName('MRAA[37]', 'model')).toBe('mraa');
    expect(matcher.resolveName('Human Baseline', 'model')).toBeNull();
  });

  it('finds a benchmark anywhere in a descriptive row label', () => {
    expect(matcher.resolveName('Undergraduate level knowledge MMLU', 'benchmark')).toBe('mmlu');
    expect(matcher.resolveName('BigBench - Hard: A subset of harder tasks', 'benchmark')).toBe('bbh');
  });

  it('uses table-only names only for table headers (文档理解 → DocVQA)', () => {
    expect(matcher.resolveName('文档理解', 'benchmark', { tableHeader: true })).toBe('docvqa');
    expect(matcher.resolveName('文档理解', 'benchmark')).toBeNull();
  });
});
