import { z } from "zod";
import type { Connection, ConnectionType } from "@/generated/postgresql/client";
import { auditedAssetShape } from "./audited-asset-shape";
import { connectionTypeFields } from "./connection-type-view";
import type { FieldValue } from "./connection-values";

/** What the API shows of a connection: every field, with secret ones null and listed in secretFields. */
export const connectionView = z.object({
  ...auditedAssetShape,
  connectionType: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).nullable()).describe("Field values; secret fields are null."),
  secretFields: z.array(z.string()),
});
export type ConnectionView = z.infer<typeof connectionView>;

export function toConnectionView(row: Connection & { connectionType: ConnectionType }): ConnectionView {
  const fields = connectionTypeFields(row.connectionType);
  const stored = row.values as Record<string, FieldValue>;
  const values: Record<string, FieldValue | null> = {};
  for (const f of fields) values[f.name] = f.isSecret ? null : (stored[f.name] ?? null);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    connectionType: row.connectionType.name,
    values,
    secretFields: fields.filter((f) => f.isSecret).map((f) => f.name),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
  };
}
