/**
 * Synthetic corpus: realistic reports made by recombining and perturbing blocks of the seed
 * reports. Each report gets new model names (added to a copy of the registry, so entities and
 * pages multiply), perturbed numbers and shifted dates. Deterministic for a given size.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { seedTexts } from './inputs.ts';

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE_MODELS = ['GPT-4', 'Gemini Ultra', 'Claude 3 Opus', 'LLaMA 2 70B', 'GLM-4', 'Mixtral 8x7B', 'Baichuan 3', 'GPT-3.5', '文心一言', '通义千问'];

/** Write `n` synthetic reports to `dir/reports` and an extended registry to `dir/registry`. */
export function writeSyntheticCorpus(n: number, dir: string, registryDir = 'content/registry'): { reports: string; registry: string; bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  const reports = join(dir, 'reports');
  const registry = join(dir, 'registry');
  mkdirSync(reports, { recursive: true });
  cpSync(registryDir, registry, { recursive: true });
  // Blocks: runs of lines between blank lines, cut from the seeds (keeps tables and captions whole).
  const blocks = seedTexts().flatMap((t) => t.split(/\n\s*\n/).filter((b) => b.trim().length > 0));
  const models = parse(readFileSync(join(registry, 'models.yaml'), 'utf8')) as Array<Record<string, unknown>>;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const r = rng(i + 1);
    const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
    // Two new models per report, named after real ones, added to the registry.
    const renames: Array<[string, string]> = [];
    for (let k = 0; k < 2; k++) {
      const base = pick(BASE_MODELS);
      const name = `${base} S${i}-${k}`;
      renames.push([base, name]);
      models.push({ id: `synthetic-${i}-${k}`, name, vendor: undefined, modality: 'text' });
    }
    const start = Math.floor(r() * (blocks.length - 100));
    const parts: string[] = [`# 合成研报 ${i}：大模型行业跟踪`, `2024年${1 + Math.floor(r() * 12)}月`, '资料来源：合成数据，天风证券研究所'];
    for (let b = 0; b < 80; b++) {
      let text = r() < 0.7 ? blocks[start + b]! : pick(blocks);
      for (const [from, to] of renames) text = text.split(from).join(to);
      // Perturb numbers (keep their format) and shift years.
      text = text.replace(/\d+\.\d+/g, (m) => (parseFloat(m) * (0.9 + r() * 0.2)).toFixed(m.split('.')[1]!.length));
      text = text.replace(/20(1\d|2[0-4])(?=\s*年)/g, (m) => String(Number(m) + (r() < 0.2 ? 1 : 0)));
      parts.push(text);
    }
    const text = parts.join('\n\n') + '\n';
    bytes += Buffer.byteLength(text);
    writeFileSync(join(reports, `synthetic-${String(i).padStart(5, '0')}.txt`), text);
  }
  for (const m of models) if (m['vendor'] === undefined) delete m['vendor'];
  writeFileSync(join(registry, 'models.yaml'), stringify(models));
  return { reports, registry, bytes };
}
