import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dropPgDatabase } from "@/lib/db/drop-pg-database";
import { withPgClient } from "@/lib/db/with-pg-client";
import { execFileSync } from "node:child_process";
import type { DbProvider } from "@/lib/config/database-url";

export interface ScratchDb {
  provider: DbProvider;
  url: string;
  drop(): Promise<void>;
}

/** PostgreSQL server for benchmarks: the same one the tests use. */
function benchPgAdminUrl(): string {
  return process.env.BATON_TEST_PG_URL ?? "postgresql://baton:baton@127.0.0.1:5432/postgres";
}

/** Scratch databases not dropped yet: an interrupted benchmark (Ctrl+C) drops them before it exits. */
const undropped = new Set<() => Promise<void>>();
let interruptHandled = false;

function dropOnInterrupt(): void {
  interruptHandled = true;
  const onSignal = (signal: NodeJS.Signals) => {
    void Promise.allSettled([...undropped].map((drop) => drop())).then(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
}

/** Keeps track of a scratch database's drop until it has run. */
function tracked(drop: () => Promise<void>): () => Promise<void> {
  if (!interruptHandled) dropOnInterrupt();
  const once = async () => {
    if (!undropped.delete(once)) return;
    await drop();
  };
  undropped.add(once);
  return once;
}

/** A freshly migrated throw-away database (its own name, so running tests are never touched). */
export async function createScratchDb(provider: DbProvider): Promise<ScratchDb> {
  const id = crypto.randomBytes(5).toString("hex");
  if (provider === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-bench-"));
    const url = `file:${path.join(dir, "bench.db")}`;
    const drop = tracked(async () => fs.rmSync(dir, { recursive: true, force: true }));
    await migrateOrDrop(url, drop);
    return { provider, url, drop };
  }
  const name = `baton_bench_${id}`;
  const admin = benchPgAdminUrl();
  await withPgClient(admin, (c) => c.query(`CREATE DATABASE "${name}"`));
  const drop = tracked(() => dropDatabase(admin, name));
  const u = new URL(admin);
  u.pathname = `/${name}`;
  await migrateOrDrop(u.toString(), drop);
  return { provider, url: u.toString(), drop };
}

async function migrateOrDrop(url: string, drop: () => Promise<void>): Promise<void> {
  try {
    migrate(url);
  } catch (err) {
    await drop();
    throw err;
  }
}

/**
 * Runs `npm run db:migrate`'s entry point in a child process: the WASM schema engine and a loaded
 * Prisma client both install a global panic hook, and the engine panics when it finds the client's.
 */
function migrate(url: string): void {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/migrate.ts", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "ignore", "inherit"] });
}

async function dropDatabase(admin: string, name: string): Promise<void> {
  await withPgClient(admin, (c) => dropPgDatabase(c, name));
}
