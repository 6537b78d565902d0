import type { ConnectionType } from "@/generated/postgresql/client";
import type { ConnectionField } from "./schemas";

export interface ConnectionTypeView {
  id: string;
  name: string;
  description: string;
  fields: ConnectionField[];
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

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
