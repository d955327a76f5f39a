/**
 * Field documentation read from the JSDoc comments of a schema module's source, so the data page
 * documents fields from the same text the code uses (one source of truth).
 */
export function fieldDocs(source: string): Array<{ field: string; doc: string }> {
  const out: Array<{ field: string; doc: string }> = [];
  // The comment may not run past its own end: a doc is the text of one /** … */ right above the field.
  const re = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n\s*([A-Za-z0-9_]+)\s*:/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    const doc = m[1]!.trim().split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim()).join(' ').trim();
    out.push({ field: m[2]!, doc });
  }
  return out;
}
