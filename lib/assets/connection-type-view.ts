import { z } from "zod";
import type { ConnectionType } from "@/generated/postgresql/client";
import { auditedAssetShape } from "./audited-asset-shape";
import { connectionFieldTypes, type ConnectionField } from "./schemas";

export const connectionTypeView = z.object({
  ...auditedAssetShape,
  fields: z.array(z.object({ name: z.string(), type: z.enum(connectionFieldTypes), isSecret: z.boolean(), isOptional: z.boolean() })),
});
export type ConnectionTypeView = z.infer<typeof connectionTypeView>;

/** Stored fields were validated by connectionFieldSchema on the way in. */
export function connectionTypeFields(row: Pick<ConnectionType, "fields">): ConnectionField[] {
  return row.fields as unknown as ConnectionField[];
}

export function toConnectionTypeView(row: ConnectionType): ConnectionTypeView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    fields: connectionTypeFields(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
  };
}
