import type { Prisma } from "@/generated/postgresql/client";

export const apiTokenViewSelect = { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true } satisfies Prisma.ApiTokenSelect;

type Row = Prisma.ApiTokenGetPayload<{ select: typeof apiTokenViewSelect }>;

/** A token as its owner sees it later: never the secret, only the prefix that identifies it. */
export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  status: "active" | "expired" | "revoked";
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function toApiTokenView(r: Row, now = new Date()): ApiTokenView {
  const status = r.revokedAt ? "revoked" : r.expiresAt && r.expiresAt <= now ? "expired" : "active";
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    status,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt?.toISOString() ?? null,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  };
}
