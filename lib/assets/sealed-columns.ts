import type { DbOrTx } from "@/lib/db";

/** The AAD that binds each secret envelope to its row and column, so one cannot be pasted into another. */
export const aad = {
  variable: (id: string) => `variable:${id}`,
  credentialPassword: (id: string) => `credential:${id}`,
  connectionSecrets: (id: string) => `connection:${id}`,
  certificateData: (id: string) => `certificate:${id}:data`,
  certificatePassword: (id: string) => `certificate:${id}:password`,
} as const;

export interface SealedRow {
  id: string;
  envelope: string;
}

/** One column that holds secret envelopes, and how to page through it and swap an envelope. */
export interface SealedColumn {
  label: string;
  aad: (id: string) => string;
  /** Rows with an envelope, ordered by id, after `afterId`. */
  page(db: DbOrTx, afterId: string, take: number): Promise<SealedRow[]>;
  /** Replaces the envelope only if it is still `previous`, so a concurrent edit is never overwritten. */
  replace(db: DbOrTx, id: string, previous: string, next: string): Promise<boolean>;
}

const pageArgs = (afterId: string, take: number) => ({ where: { id: { gt: afterId } }, orderBy: { id: "asc" as const }, take });

/**
 * Every column that holds a secret envelope. Key rotation walks this list, so a secret column added
 * to the schema must be added here or `npm run rotate-key` would leave it on the old key.
 */
export const sealedColumns: readonly SealedColumn[] = [
  {
    label: "Variable.encryptedValue",
    aad: aad.variable,
    page: async (db, afterId, take) =>
      (await db.variable.findMany({ ...pageArgs(afterId, take), where: { id: { gt: afterId }, encryptedValue: { not: null } }, select: { id: true, encryptedValue: true } })).map((r) => ({ id: r.id, envelope: r.encryptedValue! })),
    replace: async (db, id, previous, next) => (await db.variable.updateMany({ where: { id, encryptedValue: previous }, data: { encryptedValue: next } })).count === 1,
  },
  {
    label: "Credential.encryptedPassword",
    aad: aad.credentialPassword,
    page: async (db, afterId, take) =>
      (await db.credential.findMany({ ...pageArgs(afterId, take), select: { id: true, encryptedPassword: true } })).map((r) => ({ id: r.id, envelope: r.encryptedPassword })),
    replace: async (db, id, previous, next) => (await db.credential.updateMany({ where: { id, encryptedPassword: previous }, data: { encryptedPassword: next } })).count === 1,
  },
  {
    label: "Connection.encryptedSecrets",
    aad: aad.connectionSecrets,
    page: async (db, afterId, take) =>
      (await db.connection.findMany({ ...pageArgs(afterId, take), where: { id: { gt: afterId }, encryptedSecrets: { not: null } }, select: { id: true, encryptedSecrets: true } })).map((r) => ({ id: r.id, envelope: r.encryptedSecrets! })),
    replace: async (db, id, previous, next) => (await db.connection.updateMany({ where: { id, encryptedSecrets: previous }, data: { encryptedSecrets: next } })).count === 1,
  },
  {
    label: "Certificate.encryptedData",
    aad: aad.certificateData,
    page: async (db, afterId, take) =>
      (await db.certificate.findMany({ ...pageArgs(afterId, take), select: { id: true, encryptedData: true } })).map((r) => ({ id: r.id, envelope: r.encryptedData })),
    replace: async (db, id, previous, next) => (await db.certificate.updateMany({ where: { id, encryptedData: previous }, data: { encryptedData: next } })).count === 1,
  },
  {
    label: "Certificate.encryptedPassword",
    aad: aad.certificatePassword,
    page: async (db, afterId, take) =>
      (await db.certificate.findMany({ ...pageArgs(afterId, take), where: { id: { gt: afterId }, encryptedPassword: { not: null } }, select: { id: true, encryptedPassword: true } })).map((r) => ({ id: r.id, envelope: r.encryptedPassword! })),
    replace: async (db, id, previous, next) => (await db.certificate.updateMany({ where: { id, encryptedPassword: previous }, data: { encryptedPassword: next } })).count === 1,
  },
];
