import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/**
 * better-sqlite3 has one connection per client. Prisma's adapter serializes transactions among
 * themselves, but a statement issued outside a transaction while one is open runs *inside* it on that
 * shared connection, and a rollback then silently undoes it (e.g. a stream record appended while a
 * scheduler's occurrence insert loses a unique race). The gate makes outside statements wait until
 * the open transaction has committed or rolled back.
 */
class ConnectionGate {
  #held = false;
  #waiters: Array<() => void> = [];

  async #free(): Promise<void> {
    while (this.#held) await new Promise<void>((resolve) => this.#waiters.push(resolve));
  }

  /** Runs `start` as soon as the connection is free; it must issue its statement synchronously. */
  async whenFree<T>(start: () => Promise<T>): Promise<T> {
    await this.#free();
    return start();
  }

  async acquire(): Promise<() => void> {
    await this.#free();
    this.#held = true;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#held = false;
      for (const wake of this.#waiters.splice(0)) wake();
    };
  }
}

function gatedTransaction(tx: Transaction, release: () => void): Transaction {
  return {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: (query: SqlQuery) => tx.queryRaw(query),
    executeRaw: (query: SqlQuery) => tx.executeRaw(query),
    commit: () => tx.commit().finally(release),
    rollback: () => tx.rollback().finally(release),
    ...(tx.createSavepoint ? { createSavepoint: (name: string) => tx.createSavepoint!(name) } : {}),
    ...(tx.rollbackToSavepoint ? { rollbackToSavepoint: (name: string) => tx.rollbackToSavepoint!(name) } : {}),
    ...(tx.releaseSavepoint ? { releaseSavepoint: (name: string) => tx.releaseSavepoint!(name) } : {}),
  };
}

function gatedAdapter(inner: SqlDriverAdapter): SqlDriverAdapter {
  const gate = new ConnectionGate();
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    // better-sqlite3 runs a statement synchronously when the adapter method is called, so no
    // transaction can begin between the gate opening and the statement running.
    queryRaw: (query) => gate.whenFree(() => inner.queryRaw(query)),
    executeRaw: (query) => gate.whenFree(() => inner.executeRaw(query)),
    executeScript: (script) => gate.whenFree(() => inner.executeScript(script)),
    async startTransaction(isolationLevel?: IsolationLevel) {
      const release = await gate.acquire();
      try {
        return gatedTransaction(await inner.startTransaction(isolationLevel), release);
      } catch (err) {
        release();
        throw err;
      }
    },
    ...(inner.getConnectionInfo ? { getConnectionInfo: () => inner.getConnectionInfo!() } : {}),
    dispose: () => inner.dispose(),
  };
}

/** Wraps the better-sqlite3 adapter factory so each connection it opens is gated. */
export function gatedSqliteAdapter(inner: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => gatedAdapter(await inner.connect()),
  };
}
