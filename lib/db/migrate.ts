// Offline Prisma migrations: Prisma's own schema engine compiled to WebAssembly
// (@prisma/schema-engine-wasm) driven through the official driver adapters. The native engine the
// Prisma CLI would download is unreachable here; this reads and writes Prisma's standard layout
// (migrations/<ts>_<name>/migration.sql, migration_lock.toml, the _prisma_migrations table), so the
// official CLI can take over wherever it works. See ../shared/notes/prisma-offline.md.
import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { parseDatabaseUrl, type DbTarget } from "@/lib/config/database-url";

const require = createRequire(import.meta.url);
const filters = { externalTables: [], externalEnums: [] };
const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

function schemaPathFor(provider: DbTarget["provider"]): string {
  return path.join(projectRoot, "prisma", provider, "schema.prisma");
}
function migrationsDirFor(provider: DbTarget["provider"]): string {
  return path.join(projectRoot, "prisma", provider, "migrations");
}

// The engine's JSON-RPC surface is untyped in the published package; these are the calls used here.
interface SchemaEngine {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diagnoseMigrationHistory(input: unknown): Promise<MigrationHistoryDiagnosis>;
  devDiagnostic(input: unknown): Promise<{ action: { tag: string; reason?: string } }>;
  createMigration(input: unknown): Promise<{ migrationScript: string | null; generatedMigrationName: string; extension: string; connectorType: string }>;
  free?(): void;
}

export interface MigrationHistoryDiagnosis {
  history: { tag: string; [k: string]: unknown } | null;
  failedMigrationNames: string[];
  editedMigrationNames: string[];
  hasMigrationsTable: boolean;
}

function sqliteFactory(target: DbTarget): SqlMigrationAwareDriverAdapterFactory {
  // The engine replays migrations into the shadow database through executeRaw(), which
  // better-sqlite3 runs with prepare() (one statement only); argument-less SQL goes through exec().
  class SqliteMigrate extends PrismaBetterSqlite3 {
    override async connectToShadowDb() {
      const adapter = await super.connectToShadowDb();
      const raw = adapter.executeRaw.bind(adapter);
      adapter.executeRaw = async (q) => (q.args?.length ? raw(q) : (await adapter.executeScript(q.sql), 0));
      return adapter;
    }
  }
  return new SqliteMigrate({ url: target.sqliteFile!, timeout: 10_000 });
}

function postgresFactory(target: DbTarget): SqlMigrationAwareDriverAdapterFactory {
  // prisma/orm#27403: introspection returns PostgreSQL-internal column types ("char", name, oid, …)
  // that adapter-pg rejects; report them as text.
  const internal = new Set([18, 19, 22, 24, 26, 30, 194, 1002, 1003, 1028, 2205, 2206, 3769, 4089, 4096]);
  // Except oid: the engine reads those (e.g. con_id) as 64-bit integers, so report them as int8.
  const oid = 26;
  const int8 = 20;
  const fix = <R extends { fields?: { dataTypeID: number }[] }>(res: R): R => {
    for (const f of res?.fields ?? []) if (internal.has(f.dataTypeID)) f.dataTypeID = f.dataTypeID === oid ? int8 : 25;
    return res;
  };

  class MigrateClient extends pg.Client {

    // pg's overloads make a typed override impractical; arguments pass through unchanged.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    override query(...args: any[]): any {
      const cb = args[args.length - 1];
      if (typeof cb === "function") {
        args[args.length - 1] = (err: Error | null, res: { fields?: { dataTypeID: number }[] }) => cb(err, err ? res : fix(res));
        return (super.query as (...a: unknown[]) => unknown)(...args);
      }
      const r = (super.query as (...a: unknown[]) => unknown)(...args) as Promise<{ fields?: { dataTypeID: number }[] }>;
      return r && typeof r.then === "function" ? r.then(fix) : r;
    }
  }
  // adapter-pg's executeScript splits a migration at every ";", which breaks a function body
  // ($$ … $$, the job activity triggers). PostgreSQL runs a whole script sent as one simple query,
  // statement by statement in one implicit transaction, as `psql -1` and Prisma's own engine do.
  type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
  // The adapter keeps its pool and its error conversion to itself; both are used as executeScript uses them.
  type AdapterInside = { client: pg.Pool; onError(err: unknown): never };
  const wholeScripts = (adapter: Adapter): Adapter => {
    const inside = adapter as unknown as AdapterInside;
    adapter.executeScript = async (script) => {
      try {
        await inside.client.query(script);
      } catch (err) {
        inside.onError(err);
      }
    };
    return adapter;
  };
  // adapter-pg's own connectToShadowDb() reuses the main connection string; make a real shadow DB.
  class PgMigrate extends PrismaPg {
    override async connect() {
      return wholeScripts(await super.connect());
    }
    override async connectToShadowDb() {
      const admin = new pg.Client({ connectionString: target.url });
      await admin.connect();
      const name = `prisma_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      const u = new URL(target.url);
      u.pathname = `/${name}`;
      const pool = new pg.Pool({ connectionString: u.toString(), Client: MigrateClient });
      const adapter = wholeScripts(await new PrismaPg(pool).connect());
      const dispose = adapter.dispose?.bind(adapter);
      adapter.dispose = async () => {
        await dispose?.();
        await pool.end();
        await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
        await admin.end();
      };
      return adapter;
    }
  }
  return new PgMigrate({ connectionString: target.url, Client: MigrateClient } as pg.PoolConfig);
}

async function loadEngine(target: DbTarget, schemaPath: string, schemaContent: string): Promise<SchemaEngine> {
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const glue = await import(path.join(pkgDir, "schema_engine_bg.js"));
  const mod = new WebAssembly.Module(await fs.readFile(path.join(pkgDir, "schema_engine_bg.wasm")));
  const inst = new WebAssembly.Instance(mod, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(inst.exports);
  (inst.exports.__wbindgen_start as () => void)();
  // The engine reports Rust panics through this global; keep the message so the error says what broke.
  const g = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
  g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m: string) => console.error(`[schema-engine] panic: ${m}`) };
  const factory = target.provider === "sqlite" ? sqliteFactory(target) : postgresFactory(target);
  const log = (msg: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) process.stderr.write(msg + "\n");
  };
  return glue.SchemaEngine.new({ datamodels: [[schemaPath, schemaContent]] }, log, bindMigrationAwareSqlAdapterFactory(factory));
}

async function listMigrations(migrationsDir: string) {
  const lockPath = "migration_lock.toml";
  const lock = await fs.readFile(path.join(migrationsDir, lockPath), "utf8").catch(() => null);
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const dirs = [];
  for (const e of entries.filter((d) => d.isDirectory())) {
    const content = await fs
      .readFile(path.join(migrationsDir, e.name, "migration.sql"), "utf8")
      .then((value) => ({ tag: "ok", value }), (err: Error) => ({ tag: "error", value: err.message }));
    dirs.push({ path: e.name, migrationFile: { path: "migration.sql", content } });
  }
  dirs.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir: migrationsDir, lockfile: { path: lockPath, content: lock }, migrationDirectories: dirs, shadowDbInitScript: "" };
}

async function withEngine<T>(databaseUrl: string, fn: (engine: SchemaEngine, ctx: { target: DbTarget; migrationsDir: string; schema: { files: { path: string; content: string }[] } }) => Promise<T>): Promise<T> {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.sqliteFile) await fs.mkdir(path.dirname(target.sqliteFile), { recursive: true });
  const schemaPath = schemaPathFor(target.provider);
  const schemaContent = await fs.readFile(schemaPath, "utf8");
  const engine = await loadEngine(target, schemaPath, schemaContent);
  try {
    return await fn(engine, { target, migrationsDir: migrationsDirFor(target.provider), schema: { files: [{ path: schemaPath, content: schemaContent }] } });
  } finally {
    engine.free?.();
  }
}

/** Applies pending migrations (== prisma migrate deploy). Returns the names applied; [] when up to date. */
export async function deployMigrations(databaseUrl: string): Promise<string[]> {
  return withEngine(databaseUrl, async (engine, { migrationsDir }) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: await listMigrations(migrationsDir), filters });
    return appliedMigrationNames;
  });
}

export interface MigrationStatus {
  total: number;
  pending: string[];
  failed: string[];
  upToDate: boolean;
}

/** Compares the migrations folder with the database's _prisma_migrations table. */
export async function migrationStatus(databaseUrl: string): Promise<MigrationStatus> {
  return withEngine(databaseUrl, async (engine, { migrationsDir }) => {
    const list = await listMigrations(migrationsDir);
    const out = await engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters }).catch((err: Error) => {
      // A database that was never migrated has no _prisma_migrations table: everything is pending.
      if (/_prisma_migrations.*does not exist/.test(err.message)) return null;
      throw err;
    });
    if (!out) {
      const all = list.migrationDirectories.map((d) => d.path);
      return { total: all.length, pending: all, failed: [], upToDate: all.length === 0 };
    }
    const history = out.history as { tag: string; unappliedMigrationNames?: string[] } | null;
    const pending = history?.tag === "databaseIsBehind" ? (history.unappliedMigrationNames ?? []) : [];
    const allPending = out.hasMigrationsTable ? pending : list.migrationDirectories.map((d) => d.path);
    return {
      total: list.migrationDirectories.length,
      pending: allPending,
      failed: out.failedMigrationNames,
      upToDate: allPending.length === 0 && out.failedMigrationNames.length === 0 && (history === null || history.tag !== "historiesDiverge"),
    };
  });
}

/** Creates a migration from schema changes (== prisma migrate dev --name). Returns its folder or null. */
export async function createMigration(databaseUrl: string, name: string, opts: { createOnly?: boolean } = {}): Promise<string | null> {
  return withEngine(databaseUrl, async (engine, { migrationsDir, schema }) => {
    // A fresh database has no _prisma_migrations table and devDiagnostic fails on it: apply first.
    const list = await listMigrations(migrationsDir);
    await engine.applyMigrations({ migrationsList: list, filters });
    const diag = await engine.devDiagnostic({ migrationsList: list, filters });
    if (diag.action.tag === "reset") throw new Error(`The database has drifted from the migrations; reset it first: ${diag.action.reason}`);
    const out = await engine.createMigration({ draft: Boolean(opts.createOnly), migrationName: name, migrationsList: list, schema, filters });
    if (out.migrationScript === null) return null;
    const dir = path.join(migrationsDir, out.generatedMigrationName);
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, `migration.${out.extension}`), out.migrationScript);
    await fs.writeFile(
      path.join(migrationsDir, "migration_lock.toml"),
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
    );
    if (!opts.createOnly) await engine.applyMigrations({ migrationsList: await listMigrations(migrationsDir), filters });
    return dir;
  });
}
