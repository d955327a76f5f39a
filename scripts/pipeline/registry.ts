import { parse, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import {
  registryBenchmarkSchema,
  registryBoilerplateSchema,
  registryBrokerSchema,
  registryMarketsSchema,
  registryModelSchema,
  registryNotModelsSchema,
  registryUnitsSchema,
  registryVendorSchema,
  registryWordingSchema,
  type Issue,
  type Registry,
  type RegistryBenchmark,
  type RegistryModel,
  type RegistryVendor,
} from '../../src/schemas/index.ts';
import { aliasKey } from './entities.ts';

/** The registry files and the part of the registry each one fills. */
export const REGISTRY_FILES = {
  models: 'models.yaml',
  vendors: 'vendors.yaml',
  benchmarks: 'benchmarks.yaml',
  brokers: 'brokers.yaml',
  units: 'units.yaml',
  markets: 'markets.yaml',
  boilerplate: 'boilerplate.yaml',
  notModels: 'not-models.yaml',
  wording: 'wording.yaml',
} as const;

const SCHEMAS = {
  models: registryModelSchema.array(),
  vendors: registryVendorSchema.array(),
  benchmarks: registryBenchmarkSchema.array(),
  brokers: registryBrokerSchema.array(),
  units: registryUnitsSchema,
  markets: registryMarketsSchema,
  boilerplate: registryBoilerplateSchema,
  notModels: registryNotModelsSchema,
  wording: registryWordingSchema,
} satisfies Record<keyof typeof REGISTRY_FILES, z.ZodType>;

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

/** Line of each `id: X` entry in a registry file, read in one pass (lookups stay linear in the file). */
function idLines(text: string): (id: string) => number | undefined {
  const lines = new Map<string, number>();
  text.split('\n').forEach((l, i) => {
    const m = /(?:^|[\s{,])id:\s*['"]?([^'",}\s#]+)/.exec(l);
    if (m && !lines.has(m[1]!)) lines.set(m[1]!, i + 1);
  });
  return (id) => lines.get(id);
}

/** Render a Zod issue path like models[12].vendor. */
function pathString(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/**
 * Parse and validate the curated registry from file texts (name → YAML text). Collects every
 * problem — bad YAML, schema errors, an alias claimed twice, a vendor or family id that does not
 * exist — naming file, line and key. `value` is null when an error makes the registry unusable.
 */
export function loadRegistry(dir: string, files: Record<string, string | undefined>): { value: Registry | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const out: Partial<Registry> = {};
  for (const [key, name] of Object.entries(REGISTRY_FILES) as Array<[keyof typeof REGISTRY_FILES, string]>) {
    const file = `${dir}/${name}`;
    const text = files[name];
    if (text === undefined) {
      issues.push({ file, code: 'InvalidRegistryFile', severity: 'error', message: `registry file ${name} is missing`, hint: `restore ${name} from the repository` });
      continue;
    }
    let data: unknown;
    try {
      data = parse(text);
    } catch (e) {
      const line = e instanceof YAMLParseError ? e.linePos?.[0]?.line : undefined;
      const msg = e instanceof Error ? e.message.split('\n')[0]! : String(e);
      issues.push({ file, ...(line ? { line } : {}), code: 'InvalidRegistryFile', severity: 'error', message: `invalid YAML: ${msg}`, hint: 'fix the YAML syntax (indentation, quotes, brackets) at that line' });
      continue;
    }
    const res = SCHEMAS[key].safeParse(data);
    if (!res.success) {
      for (const zi of res.error.issues) {
        const entry = typeof zi.path[0] === 'number' && Array.isArray(data) ? (data[zi.path[0]] as { id?: string } | undefined) : undefined;
        const line = entry?.id ? lineOf(text, `id: ${entry.id}`) : undefined;
        issues.push({
          file,
          ...(line ? { line } : {}),
          code: 'InvalidRegistryFile',
          severity: 'error',
          message: `${pathString(zi.path) || '(root)'}${entry?.id ? ` (id ${entry.id})` : ''}: ${zi.message}`,
          hint:
            zi.code === 'unrecognized_keys'
              ? `unknown key${zi.keys.length > 1 ? 's' : ''} ${zi.keys.map((k) => `“${k}”`).join(', ')}: fix the spelling, or quote a value that contains a comma ('a, b')`
              : 'correct the value to match the registry format described at the top of the file',
        });
      }
      continue;
    }
    (out as Record<string, unknown>)[key] = res.data;
  }
  if (issues.some((i) => i.severity === 'error')) return { value: null, issues };
  const registry = out as Registry;
  issues.push(...crossCheck(dir, files, registry));
  return { value: issues.some((i) => i.severity === 'error') ? null : registry, issues };
}

/** Ids unique, aliases claimed once per kind, vendor and family references resolve. */
function crossCheck(dir: string, files: Record<string, string | undefined>, r: Registry): Issue[] {
  const issues: Issue[] = [];
  const kinds = [
    ['models', r.models],
    ['vendors', r.vendors],
    ['benchmarks', r.benchmarks],
  ] as const;
  for (const [kind, entries] of kinds) {
    const file = `${dir}/${REGISTRY_FILES[kind]}`;
    const text = files[REGISTRY_FILES[kind]] ?? '';
    const ids = new Map<string, string>();
    const aliases = new Map<string, string>();
    const lineOfId = idLines(text);
    for (const e of entries) {
      const line = lineOfId(e.id);
      if (ids.has(e.id)) {
        issues.push({ file, ...(line ? { line } : {}), code: 'InvalidRegistryFile', severity: 'error', message: `id "${e.id}" is used twice`, hint: 'give each entry its own id' });
      }
      ids.set(e.id, e.id);
      const names = [e.name, ...('zh' in e && e.zh ? [e.zh] : []), ...e.aliases];
      for (const name of names) {
        const k = aliasKey(name);
        const owner = aliases.get(k);
        if (owner && owner !== e.id) {
          issues.push({
            file,
            ...(line ? { line } : {}),
            code: 'DuplicateAlias',
            severity: 'error',
            message: `alias "${name}" of "${e.id}" is already claimed by "${owner}"`,
            hint: `keep "${name}" on one entry only (remove it from ${e.id} or ${owner})`,
          });
        } else aliases.set(k, e.id);
      }
    }
  }
  const vendorIds = new Set(r.vendors.map((v) => v.id));
  const modelIds = new Set(r.models.map((m) => m.id));
  const mfile = `${dir}/${REGISTRY_FILES.models}`;
  const mtext = files[REGISTRY_FILES.models] ?? '';
  const lineOfModel = idLines(mtext);
  for (const m of r.models) {
    const line = lineOfModel(m.id);
    if (m.vendor && !vendorIds.has(m.vendor)) {
      issues.push({ file: mfile, ...(line ? { line } : {}), code: 'UnknownVendorReference', severity: 'error', message: `model "${m.id}" names vendor "${m.vendor}", which is not in vendors.yaml`, hint: `add a vendor with id "${m.vendor}" to vendors.yaml or fix the id` });
    }
    if (m.family && !modelIds.has(m.family)) {
      issues.push({ file: mfile, ...(line ? { line } : {}), code: 'UnknownVendorReference', severity: 'error', message: `model "${m.id}" names family "${m.family}", which is not a model id`, hint: `add a model with id "${m.family}" or fix the family` });
    }
    if (m.firstMember && !modelIds.has(m.firstMember)) {
      issues.push({ file: mfile, ...(line ? { line } : {}), code: 'UnknownVendorReference', severity: 'error', message: `model "${m.id}" names firstMember "${m.firstMember}", which is not a model id`, hint: `add a model with id "${m.firstMember}" or fix the firstMember` });
    }
  }
  const benchIds = new Set(r.benchmarks.map((b) => b.id));
  const bfile = `${dir}/${REGISTRY_FILES.benchmarks}`;
  const lineOfBench = idLines(files[REGISTRY_FILES.benchmarks] ?? '');
  for (const b of r.benchmarks) {
    if (b.suite && (!benchIds.has(b.suite) || b.suite === b.id)) {
      const line = lineOfBench(b.id);
      issues.push({ file: bfile, ...(line ? { line } : {}), code: 'UnknownSuiteReference', severity: 'error', message: `benchmark "${b.id}" names suite "${b.suite}", which is not another benchmark id`, hint: `add a benchmark with id "${b.suite}" to benchmarks.yaml or fix the suite` });
    }
  }
  return issues;
}

/** Lookups by id over a loaded registry, built once per registry (reports and tables ask for them thousands of times). */
export interface RegistryIndex {
  model: Map<string, RegistryModel>;
  vendor: Map<string, RegistryVendor>;
  benchmark: Map<string, RegistryBenchmark>;
  /** Model id → its family id (null when it has none). */
  familyOf: Map<string, string | null>;
  /** Series id → its first member, for series named like their first model (registry `firstMember`). */
  firstMembers: Map<string, string>;
  /** Suite id → the ids of its tasks (benchmarks.yaml `suite`). */
  suiteTasks: Map<string, string[]>;
}

const indexes = new WeakMap<Registry, RegistryIndex>();
export function registryIndex(registry: Registry): RegistryIndex {
  let ix = indexes.get(registry);
  if (!ix) {
    ix = {
      model: new Map(registry.models.map((m) => [m.id, m])),
      vendor: new Map(registry.vendors.map((v) => [v.id, v])),
      benchmark: new Map(registry.benchmarks.map((b) => [b.id, b])),
      familyOf: new Map(registry.models.map((m) => [m.id, m.family ?? null])),
      firstMembers: new Map(registry.models.filter((m) => m.firstMember).map((m) => [m.id, m.firstMember!])),
      suiteTasks: new Map(),
    };
    for (const b of registry.benchmarks) if (b.suite) (ix.suiteTasks.get(b.suite) ?? ix.suiteTasks.set(b.suite, []).get(b.suite)!).push(b.id);
    indexes.set(registry, ix);
  }
  return ix;
}
