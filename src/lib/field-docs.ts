/**
 * Field documentation read from the JSDoc comments of a schema module's source, so the data page
 * documents fields from the same text the code uses (one source of truth).
 */
export function fieldDocs(source: string): Array<{ field: string; doc: string; of: string }> {
  const out: Array<{ field: string; doc: string; of: string }> = [];
  // The object a field belongs to: the schema declared last before it ("const brokerSchema = z.object({" → broker).
  const decls = [...source.matchAll(/const\s+([A-Za-z0-9_]+?)Schema\s*=/g)].map((d) => ({ at: d.index, name: d[1]! }));
  // The comment may not run past its own end: a doc is the text of one /** … */ right above the field.
  const re = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n\s*([A-Za-z0-9_]+)\s*:/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    const doc = m[1]!.trim().split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim()).join(' ').trim();
    const at = m.index;
    out.push({ field: m[2]!, doc, of: decls.filter((d) => d.at < at).pop()?.name ?? '' });
  }
  return out;
}
