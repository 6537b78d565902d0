import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";
import { tokenStatus, tokenStatuses } from "@/lib/crypto/tokens";

export const apiTokenViewSelect = { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true } satisfies Prisma.ApiTokenSelect;

type Row = Prisma.ApiTokenGetPayload<{ select: typeof apiTokenViewSelect }>;

/** A token as its owner sees it later: never the secret, only the prefix that identifies it. */
export const apiTokenView = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe("The token's first characters, to recognise it."),
  status: z.enum(tokenStatuses),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiTokenView = z.infer<typeof apiTokenView>;

/** A token as its creation answers it: the only time the secret is shown. */
export const createdApiTokenView = apiTokenView.extend({ token: z.string().describe("The secret `bat_…` token, shown this one time only.") });
export type CreatedApiTokenView = z.infer<typeof createdApiTokenView>;

export function toApiTokenView(r: Row, now = new Date()): ApiTokenView {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    status: tokenStatus(r, now),
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt?.toISOString() ?? null,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  };
}
