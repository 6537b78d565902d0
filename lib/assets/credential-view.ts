import { z } from "zod";
import type { Credential } from "@/generated/postgresql/client";
import { auditedAssetShape } from "./audited-asset-shape";

/** What the API shows of a credential: the user name, never the password. */
export const credentialView = z.object({ ...auditedAssetShape, userName: z.string().describe("Never the password.") });
export type CredentialView = z.infer<typeof credentialView>;

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
