import type { Credential } from "@/generated/postgresql/client";

/** What the API shows of a credential: the user name, never the password. */
export interface CredentialView {
  id: string;
  name: string;
  description: string;
  userName: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

export function toCredentialView(row: Credential): CredentialView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    userName: row.userName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
  };
}
