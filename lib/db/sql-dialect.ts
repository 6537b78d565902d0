import type { DbOrTx } from "./client";
import type { DbProvider } from "@/lib/config/database-url";

/**
 * Which SQL dialect a client (or transaction client) speaks, for the queue's raw statements. Prisma
 * keeps the generated client's provider in `_activeProvider` on clients and transaction clients
 * alike; queue tests run on both providers, so a Prisma upgrade that moves it fails loudly there.
 */
export function sqlDialect(db: DbOrTx): DbProvider {
  const provider = (db as unknown as { _activeProvider?: unknown })._activeProvider;
  if (provider === "sqlite" || provider === "postgresql") return provider;
  throw new Error(`Unsupported database provider: ${String(provider)}`);
}
