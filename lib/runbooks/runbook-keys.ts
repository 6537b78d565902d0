/**
 * The derived columns the runbook list sorts and searches on in SQL. Only ASCII letters are
 * lower-cased: SQLite's lower() and LIKE fold nothing else, so folding more here would make a
 * database-side backfill (see the runbook_list_keys migrations) and the two databases disagree.
 * Names and tags are ASCII by schema; only descriptions can hold other letters, which then match
 * as typed.
 */
function foldAsciiCase(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * Prisma's `contains` is a LIKE that escapes nothing, and SQLite's LIKE has no escape character,
 * so '%', '_' (and '\', PostgreSQL's default escape) in a search would act as wildcards. Both the
 * stored text and the search map them to three Unicode noncharacters (which are dropped from the
 * input first, so the mapping stays one-to-one): LIKE then sees no pattern characters at all.
 */
const likeSafe: Record<string, string> = { "\\": "\uFDD0", _: "\uFDD1", "%": "\uFDD2" };

/** A search text or search term as stored and compared: ASCII case folded, LIKE pattern characters mapped away. */
export function searchKey(text: string): string {
  return foldAsciiCase(text)
    .replace(/[\uFDD0-\uFDD2]/g, "")
    .replace(/[\\_%]/g, (c) => likeSafe[c]!);
}

/** `nameKey` orders runbooks by name ignoring case; `searchText` is every field a search matches, one per line. */
export function runbookKeys(runbook: { name: string; description?: string; tags?: readonly string[] }): { nameKey: string; searchText: string } {
  const tags = [...(runbook.tags ?? [])].sort();
  return {
    nameKey: foldAsciiCase(runbook.name),
    searchText: searchKey([runbook.name, runbook.description ?? "", ...tags].join("\n")),
  };
}
