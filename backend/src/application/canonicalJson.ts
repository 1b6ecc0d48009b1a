// JSON in one canonical form, so that a hash over it can be recomputed by anyone holding
// the same values: RFC 8785 (JCS). Object members sorted by their names' UTF-16 code
// units, no whitespace; strings, numbers and literals exactly as JSON.stringify writes
// them, which is how JCS defines them. Members whose value is undefined are left out, as
// JSON.stringify leaves them out.

export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, member]) => `${JSON.stringify(name)}:${canonicalJson(member)}`);
    return `{${members.join(',')}}`;
  }
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError(`Not a JSON value: ${typeof value}`);
  return text;
};
