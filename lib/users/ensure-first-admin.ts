import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/passwords";
import { minPasswordLength } from "./password-policy";

export type EnsureFirstAdminResult =
  | { created: false }
  /** generatedPassword is set only when the caller gave none: show it once, it is not stored anywhere. */
  | { created: true; userId: string; username: string; generatedPassword?: string };

/**
 * Creates the first administrator when there are no users yet, with a global Administrator role.
 * Without a password, a random one (144 bits) is generated and returned once; it was printed to a
 * console, so the administrator must replace it at the first sign-in.
 */
export async function ensureFirstAdmin(db: Db, options: { username?: string; password?: string } = {}): Promise<EnsureFirstAdminResult> {
  const username = options.username ?? "admin";
  if (options.password !== undefined && options.password.length < minPasswordLength) {
    throw new AppError("validation_failed", `The administrator password must be at least ${minPasswordLength} characters`, { field: "password" });
  }
  if ((await db.user.count()) > 0) return { created: false };
  const generatedPassword = options.password === undefined ? crypto.randomBytes(18).toString("base64url") : undefined;
  const passwordHash = await hashPassword(options.password ?? generatedPassword!);
  // Two setups racing both see an empty table; the unique username lets only one insert win.
  const user = await db.user.create({
    data: {
      username,
      displayName: "Administrator",
      passwordHash,
      mustChangePassword: generatedPassword !== undefined,
      roleAssignments: { create: { role: "Administrator", scopeTag: null, createdBy: "setup" } },
    },
  });
  return { created: true, userId: user.id, username, ...(generatedPassword ? { generatedPassword } : {}) };
}
