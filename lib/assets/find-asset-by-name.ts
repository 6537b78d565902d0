import type { DbOrTx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { AssetKind } from "./record-asset-audit";

export interface AssetRef {
  id: string;
  name: string;
}

/** Labels used in messages ("Variable 'X' not found"), matching the cmdlets' nouns. */
export const assetLabels: Record<AssetKind, string> = {
  variable: "Variable",
  credential: "Credential",
  connectionType: "Connection type",
  connection: "Connection",
  certificate: "Certificate",
};

/**
 * Looks an asset up by name ignoring case, as Azure Automation does: the unique index is
 * case-sensitive on PostgreSQL, so "Foo" and "foo" must be resolved here. One statement per kind
 * keeps the table names out of string-built SQL.
 */
export async function findAssetByName(db: DbOrTx, kind: AssetKind, name: string): Promise<AssetRef | null> {
  let rows: AssetRef[];
  switch (kind) {
    case "variable":
      rows = await db.$queryRaw<AssetRef[]>`SELECT id, name FROM "Variable" WHERE LOWER(name) = LOWER(${name})`;
      break;
    case "credential":
      rows = await db.$queryRaw<AssetRef[]>`SELECT id, name FROM "Credential" WHERE LOWER(name) = LOWER(${name})`;
      break;
    case "connectionType":
      rows = await db.$queryRaw<AssetRef[]>`SELECT id, name FROM "ConnectionType" WHERE LOWER(name) = LOWER(${name})`;
      break;
    case "connection":
      rows = await db.$queryRaw<AssetRef[]>`SELECT id, name FROM "Connection" WHERE LOWER(name) = LOWER(${name})`;
      break;
    case "certificate":
      rows = await db.$queryRaw<AssetRef[]>`SELECT id, name FROM "Certificate" WHERE LOWER(name) = LOWER(${name})`;
      break;
  }
  // An exact match wins if rows that differ only by case were created before this check existed.
  return rows.find((r) => r.name === name) ?? rows[0] ?? null;
}

export async function findAssetByNameOrThrow(db: DbOrTx, kind: AssetKind, name: string): Promise<AssetRef> {
  const found = await findAssetByName(db, kind, name);
  if (!found) throw notFound(`${assetLabels[kind]} '${name}'`);
  return found;
}

/** Refuses a name another asset of the same kind already has (ignoring case). */
export async function assertAssetNameFree(db: DbOrTx, kind: AssetKind, name: string): Promise<void> {
  const same = await findAssetByName(db, kind, name);
  if (same) throw new AppError("conflict", `A ${assetLabels[kind].toLowerCase()} named '${same.name}' already exists`, { field: "name" });
}
