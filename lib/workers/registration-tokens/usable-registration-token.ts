import type { Prisma } from "@/generated/postgresql/client";

/**
 * The tokens that still admit a worker, as a query: what `tokenStatus()` (lib/crypto/tokens.ts) calls
 * "active". Authenticating stamps only such a token (./authenticate-worker-token.ts), and a group
 * with one is not deleted (../delete-worker-group.ts).
 */
export function usableRegistrationTokenWhere(now: Date): Prisma.WorkerRegistrationTokenWhereInput {
  return { revokedAt: null, expiresAt: { gt: now } };
}
