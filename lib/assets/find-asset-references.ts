import type { DbOrTx } from "@/lib/db";
import type { AssetKind } from "./record-asset-audit";

/** The in-runbook cmdlets that name an asset of each kind (connection types are not named by runbooks). */
const cmdletsByKind: Record<AssetKind, readonly string[]> = {
  variable: ["Get-AutomationVariable", "Set-AutomationVariable"],
  credential: ["Get-AutomationPSCredential"],
  connection: ["Get-AutomationConnection"],
  certificate: ["Get-AutomationCertificate"],
  connectionType: [],
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A pattern for a cmdlet call naming the asset, quoted or bare, positional (`Get-AutomationVariable X`)
 * or by -Name anywhere on the line. Cmdlet and asset names ignore case, as PowerShell and Baton do.
 */
export function assetReferencePattern(kind: AssetKind, name: string): RegExp | null {
  const cmdlets = cmdletsByKind[kind];
  if (cmdlets.length === 0) return null;
  const cmdlet = `(?:${cmdlets.map(escapeRegExp).join("|")})`;
  const value = `(['"]?)${escapeRegExp(name)}\\1`;
  const end = `(?=$|[\\s;|)}\\]])`;
  return new RegExp(`${cmdlet}(?:\\s+(?:-Name\\s*:?\\s*)?${value}${end}|[^\\r\\n]*?\\s-Name\\s*:?\\s*${value}${end})`, "im");
}

export interface RunbookReference {
  id: string;
  name: string;
}

const batchSize = 200;

/** Runbooks whose current published version names the asset; drafts are work in progress and do not count. */
export async function findAssetReferences(db: DbOrTx, kind: AssetKind, name: string): Promise<RunbookReference[]> {
  const pattern = assetReferencePattern(kind, name);
  if (!pattern) return [];
  const found: RunbookReference[] = [];
  // Paged so a large automation account does not load every script at once.
  let cursor: string | undefined;
  for (;;) {
    const page = await db.runbook.findMany({
      where: { publishedVersionId: { not: null } },
      select: { id: true, name: true, publishedVersion: { select: { content: true } } },
      orderBy: { id: "asc" },
      take: batchSize,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    for (const r of page) if (r.publishedVersion && pattern.test(r.publishedVersion.content)) found.push({ id: r.id, name: r.name });
    if (page.length < batchSize) break;
    cursor = page[page.length - 1]!.id;
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
