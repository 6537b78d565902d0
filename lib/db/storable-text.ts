/** What a NUL character becomes: PostgreSQL's text and jsonb cannot hold U+0000, SQLite can, so neither gets it. */
const nulReplacement = "\uFFFD";

/**
 * Text produced by a job (its records, its exception) made storable in both databases: each NUL
 * becomes U+FFFD. Input from API callers is refused instead (lib/http's body checks); a runbook's
 * output is what it is and must not be lost for one byte.
 */
export function storableText(text: string): string {
  return text.includes("\u0000") ? text.replaceAll("\u0000", nulReplacement) : text;
}

/** The same for every string (and key) inside a JSON value. */
export function storableJson(value: unknown): unknown {
  if (typeof value === "string") return storableText(value);
  if (Array.isArray(value)) return value.map(storableJson);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [storableText(k), storableJson(v)]));
  return value;
}
