/**
 * A chart label shortened to `max` characters. A "benchmark · setting" label shortens the name first and keeps both
 * ends of its setting, which tell its bars apart ("BIG-Bench… · 3-shot CoT" beside "BIG-Bench… · 0-shot",
 * "IFEval · Instruc…ccuracy" beside "IFEval · Prompt-…ccuracy").
 */
export function shortLabel(label: string, max: number): string {
  if (label.length <= max) return label;
  const at = label.indexOf(' · ');
  if (at < 0) return `${label.slice(0, max - 1)}…`;
  const name = label.slice(0, at);
  const setting = label.slice(at + 3);
  const keepSetting = Math.min(setting.length, Math.max(8, max - 9));
  const keepName = Math.max(4, max - keepSetting - 3);
  const shortName = name.length > keepName ? `${name.slice(0, keepName - 1).trimEnd()}…` : name;
  const head = Math.ceil((keepSetting - 1) / 2);
  const shortSetting = setting.length > keepSetting ? `${setting.slice(0, head)}…${setting.slice(setting.length - (keepSetting - 1 - head))}` : setting;
  return `${shortName} · ${shortSetting}`;
}
