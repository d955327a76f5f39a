import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../scripts/pipeline/ingest-corpus.ts';
import { loadRegistry, REGISTRY_FILES } from '../../scripts/pipeline/registry.ts';
import { ROOT } from '../helpers/corpus.ts';

const real = () => {
  const files: Record<string, string> = {};
  for (const n of Object.values(REGISTRY_FILES)) files[n] = readFileSync(join(ROOT, 'content/registry', n), 'utf8');
  return files;
};
const errors = (files: Record<string, string | undefined>) => loadRegistry('content/registry', files).issues.map(formatIssue);

describe('loadRegistry', () => {
  it('loads the curated registry without issues', () => {
    const r = loadRegistry('content/registry', real());
    expect(r.issues).toEqual([]);
    expect(r.value!.models.length).toBeGreaterThan(200);
  });

  it('names file and line of invalid YAML', () => {
    const files = { ...real(), 'vendors.yaml': '- { id: openai, name: OpenAI\n- { id: google, name: Google }\n' };
    expect(errors(files)).toMatchInlineSnapshot(`
      [
        "content/registry/vendors.yaml:2: error InvalidRegistryFile: invalid YAML: Flow map in block collection must be sufficiently indented and end with a } at line 2, column 1: — fix the YAML syntax (indentation, quotes, brackets) at that line",
      ]
    `);
  });

  it('names the entry and key of a value with the wrong shape', () => {
    const files = { ...real(), 'benchmarks.yaml': '- { id: MMLU Bench, name: MMLU, measures: knowledge }\n- { id: gsm8k, name: GSM8K }\n' };
    expect(errors(files)).toMatchInlineSnapshot(`
      [
        "content/registry/benchmarks.yaml:1: error InvalidRegistryFile: [0].id (id MMLU Bench): ids are lowercase slugs: letters, digits and hyphens — correct the value to match the registry format described at the top of the file",
        "content/registry/benchmarks.yaml:2: error InvalidRegistryFile: [1].measures (id gsm8k): Invalid input: expected string, received undefined — correct the value to match the registry format described at the top of the file",
      ]
    `);
  });

  it('refuses an unknown key, such as the one an unquoted comma in a flow mapping makes', () => {
    const files = { ...real(), 'vendors.yaml': '- { id: casia, name: Institute of Automation, CAS, country: CN, kind: institute }\n- { id: openai, name: OpenAI, contry: US }\n' };
    expect(errors(files)).toMatchInlineSnapshot(`
      [
        "content/registry/vendors.yaml:1: error InvalidRegistryFile: [0] (id casia): Unrecognized key: "CAS" — unknown key “CAS”: fix the spelling, or quote a value that contains a comma ('a, b')",
        "content/registry/vendors.yaml:2: error InvalidRegistryFile: [1] (id openai): Unrecognized key: "contry" — unknown key “contry”: fix the spelling, or quote a value that contains a comma ('a, b')",
      ]
    `);
  });

  it('refuses an alias claimed by two entities', () => {
    const files = { ...real(), 'models.yaml': real()['models.yaml']! + '\n- { id: gpt-4-copy, name: GPT-4 copy, aliases: [GPT4], vendor: openai }\n' };
    expect(errors(files)).toMatchInlineSnapshot(`
      [
        "content/registry/models.yaml:285: error DuplicateAlias: alias "GPT4" of "gpt-4-copy" is already claimed by "gpt-4" — keep "GPT4" on one entry only (remove it from gpt-4-copy or gpt-4)",
      ]
    `);
  });

  it('refuses a vendor id that does not exist', () => {
    const files = { ...real(), 'models.yaml': real()['models.yaml']! + '\n- { id: new-model, name: New Model, vendor: no-such-vendor }\n' };
    expect(errors(files)).toMatchInlineSnapshot(`
      [
        "content/registry/models.yaml:285: error UnknownVendorReference: model "new-model" names vendor "no-such-vendor", which is not in vendors.yaml — add a vendor with id "no-such-vendor" to vendors.yaml or fix the id",
      ]
    `);
  });

  it('refuses a benchmark suite that is not a benchmark id', () => {
    const files = { ...real(), 'benchmarks.yaml': real()['benchmarks.yaml']! + '\n- { id: new-task, name: New Task, measures: A task, suite: no-such-suite }\n' };
    const got = errors(files);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^content\/registry\/benchmarks\.yaml:\d+: error UnknownSuiteReference: benchmark "new-task" names suite "no-such-suite"/);
  });

  it('says which registry file is missing', () => {
    const files: Record<string, string | undefined> = { ...real(), 'units.yaml': undefined };
    expect(errors(files)).toMatchInlineSnapshot(`
      [
        "content/registry/units.yaml: error InvalidRegistryFile: registry file units.yaml is missing — restore units.yaml from the repository",
      ]
    `);
  });
});
