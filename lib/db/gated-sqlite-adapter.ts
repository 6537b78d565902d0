import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/**
 * better-sqlite3 has one connection per client. A statement issued outside a transaction while one
 * is open would run *inside* it on that shared connection, and a rollback would then silently undo it
 * (e.g. a stream record appended while a scheduler's occurrence insert loses a unique race). The gate
 * makes outside statements wait until the open transaction has committed or rolled back, and lets
 * one transaction at a time have the connection.
 */
class ConnectionGate {
  #held = false;
  #waiters: Array<() => void> = [];

  #wait(): Promise<void> {
    return new Promise<void>((resolve) => this.#waiters.push(resolve));
  }

  // Each loop re-checks and acts in the same synchronous step: an `await` between the last check and
  // the statement (or the claim) would let another caller slip in.
  /** Runs `start` as soon as the connection is free; it must issue its statement synchronously. */
  async whenFree<T>(start: () => Promise<T>): Promise<T> {
    while (this.#held) await this.#wait();
    return start();
  }

  async acquire(): Promise<() => void> {
    while (this.#held) await this.#wait();
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

/**
 * How long better-sqlite3 itself may wait for another process's write lock. It waits synchronously,
 * the whole process standing still (a web service answers nothing meanwhile), so it waits only this
 * long and the adapter waits the rest of the busy timeout on timers, between tries.
 */
export const syncBusyWaitMs = 5;

const maxBusyPauseMs = 20;

/** SQLITE_BUSY as the better-sqlite3 adapter reports it: another connection holds the lock the statement needs. */
function isBusy(err: unknown): boolean {
  const code = (err as { cause?: { originalCode?: unknown } } | null)?.cause?.originalCode;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

/**
 * Runs `attempt` again while SQLite answers BUSY, pausing a little longer each time, until
 * `budgetMs` has passed; a statement refused with BUSY did nothing, so it can be sent again.
 */
async function retryWhileBusy<T>(attempt: () => Promise<T>, budgetMs: number): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let pauseMs = 1; ; pauseMs = Math.min(2 * pauseMs, maxBusyPauseMs)) {
    try {
      return await attempt();
    } catch (err) {
      if (!isBusy(err) || Date.now() + pauseMs > deadline) throw err;
    }
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

/**
 * A write transaction on the adapter's one connection, begun with `BEGIN IMMEDIATE`. The adapter's own
 * `BEGIN` is deferred: a transaction that reads first and writes later fails at once with
 * SQLITE_BUSY_SNAPSHOT when another process (a worker's heartbeat) committed in between, and the
 * busy timeout never applies. Taking the write lock up front makes that transaction wait its turn.
 * Prisma's engine sends COMMIT/ROLLBACK itself (usePhantomQuery: false); commit() and rollback()
 * only hand the connection back.
 */
function immediateTransaction(connection: SqlDriverAdapter, release: () => void): Transaction {
  const statement = (sql: string) => ({ sql, args: [], argTypes: [] });
  return {
    provider: connection.provider,
    adapterName: connection.adapterName,
    options: { usePhantomQuery: false },
    queryRaw: (query: SqlQuery) => connection.queryRaw(query),
    executeRaw: (query: SqlQuery) => connection.executeRaw(query),
    commit: async () => release(),
    rollback: async () => release(),
    createSavepoint: async (name: string) => void (await connection.executeRaw(statement(`SAVEPOINT ${name}`))),
    rollbackToSavepoint: async (name: string) => void (await connection.executeRaw(statement(`ROLLBACK TO ${name}`))),
    releaseSavepoint: async (name: string) => void (await connection.executeRaw(statement(`RELEASE SAVEPOINT ${name}`))),
  };
}

function gatedAdapter(inner: SqlDriverAdapter, busyTimeoutMs: number): SqlDriverAdapter {
  const gate = new ConnectionGate();
  // Each try waits for the gate again: a transaction may have taken the connection during the pause.
  const outside = <T>(run: () => Promise<T>) => retryWhileBusy(() => gate.whenFree(run), busyTimeoutMs);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    // better-sqlite3 runs a statement synchronously when the adapter method is called, so no
    // transaction can begin between the gate opening and the statement running.
    queryRaw: (query) => outside(() => inner.queryRaw(query)),
    executeRaw: (query) => outside(() => inner.executeRaw(query)),
    executeScript: (script) => outside(() => inner.executeScript(script)),
    async startTransaction(isolationLevel?: IsolationLevel) {
      if (isolationLevel && isolationLevel !== "SERIALIZABLE") return inner.startTransaction(isolationLevel);
      const release = await gate.acquire();
      try {
        // Holding the gate while it waits: the connection is this transaction's from here on.
        await retryWhileBusy(() => inner.executeScript("BEGIN IMMEDIATE"), busyTimeoutMs);
        return immediateTransaction(inner, release);
      } catch (err) {
        release();
        throw err;
      }
    },
    ...(inner.getConnectionInfo ? { getConnectionInfo: () => inner.getConnectionInfo!() } : {}),
    dispose: () => inner.dispose(),
  };
}

/**
 * Wraps the better-sqlite3 adapter factory so each connection it opens is gated, and waits up to
 * `busyTimeoutMs` for another process's write lock without blocking the process (the factory's own
 * `timeout` should be syncBusyWaitMs).
 */
export function gatedSqliteAdapter(inner: SqlDriverAdapterFactory, busyTimeoutMs: number): SqlDriverAdapterFactory {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => gatedAdapter(await inner.connect(), busyTimeoutMs),
  };
}
