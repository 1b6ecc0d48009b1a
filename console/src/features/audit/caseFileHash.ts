// The case file's seal, recomputed in the browser (docs/api.md "The case file and its
// hash"): SHA-256 over the UTF-8 bytes of the file in RFC 8785 canonical JSON — members
// sorted by name in UTF-16 code units, no whitespace, values as JSON.stringify writes them.

export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map(
        (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
      );
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
};

/** Lower-case hex SHA-256 of the text's UTF-8 bytes, by the browser's own crypto. */
export const sha256Hex = async (text: string): Promise<string> => {
  // Web Crypto exists in secure contexts only (HTTPS, localhost): say so rather than hang.
  if (!globalThis.crypto?.subtle) throw new Error('Web Crypto is not available here');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
};

export const caseFileHash = (file: unknown): Promise<string> => sha256Hex(canonicalJson(file));
