import type { Connection, ConnectionType } from "@/generated/postgresql/client";
import { connectionTypeFields } from "./connection-type-view";
import type { FieldValue } from "./connection-values";

/** What the API shows of a connection: every field, with secret ones null and listed in secretFields. */
export interface ConnectionView {
  id: string;
  name: string;
  description: string;
  connectionType: string;
  values: Record<string, FieldValue | null>;
  secretFields: string[];
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

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
