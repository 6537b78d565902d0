import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";
import { tokenStatus, tokenStatuses } from "@/lib/crypto/tokens";

export const registrationTokenViewSelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  createdBy: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  revokedBy: true,
  group: { select: { name: true } },
} satisfies Prisma.WorkerRegistrationTokenSelect;

type Row = Prisma.WorkerRegistrationTokenGetPayload<{ select: typeof registrationTokenViewSelect }>;

/** A registration token as its group's list shows it: never the secret or its hash. */
export const registrationTokenView = z.object({
  id: z.string(),
  group: z.string().describe("The worker group a worker presenting the token joins."),
  name: z.string(),
  prefix: z.string().describe("The token's first characters, to recognise it."),
  status: z.enum(tokenStatuses),
  createdAt: z.string(),
  createdBy: z.string().nullable().describe("Who created it (a username)."),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
});
export type RegistrationTokenView = z.infer<typeof registrationTokenView>;

/** A token as its creation answers it: the only time the secret is shown. */
export const createdRegistrationTokenView = registrationTokenView.extend({ token: z.string().describe("The secret `bwr_…` token, shown this one time only.") });
export type CreatedRegistrationTokenView = z.infer<typeof createdRegistrationTokenView>;

export function toRegistrationTokenView(r: Row, now = new Date()): RegistrationTokenView {
  return {
    id: r.id,
    group: r.group.name,
    name: r.name,
    prefix: r.prefix,
    status: tokenStatus(r, now),
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy,
    expiresAt: r.expiresAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
    revokedBy: r.revokedBy,
  };
}
