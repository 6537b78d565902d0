/** Turns "cannot reach the database" errors into one readable sentence; undefined for other errors. */
export function describeDbError(err: unknown): string | undefined {
  const e = err as { code?: string; message?: string; cause?: unknown } | undefined;
  const code = e?.code ?? (e?.cause as { code?: string } | undefined)?.code;
  const msg = String(e?.message ?? "");
  if (code === "ECONNREFUSED" || /ECONNREFUSED|connect ECONNREFUSED/.test(msg)) return "Cannot reach the database server (connection refused). Is PostgreSQL running, and is DATABASE_URL right?";
  if (code === "ENOTFOUND" || /ENOTFOUND/.test(msg)) return "Cannot resolve the database host named in DATABASE_URL.";
  if (code === "28P01" || /password authentication failed/.test(msg)) return "The database refused the credentials in DATABASE_URL.";
  if (code === "3D000" || /database .* does not exist/.test(msg)) return "The database named in DATABASE_URL does not exist.";
  if (code === "SQLITE_CANTOPEN" || /unable to open database file/.test(msg)) return "Cannot open the SQLite file named in DATABASE_URL (check the folder and permissions).";
  return undefined;
}
