import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/passwords";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CreateUserInput } from "./schemas";
import { toUserView, userViewSelect, type UserView } from "./user-view";

/** A local account with a password; it holds no roles until an administrator grants some. */
export async function createUser(db: Db, actor: Principal, input: CreateUserInput, sourceAddress: string | null = null): Promise<UserView> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { username: input.username, displayName: input.displayName, email: input.email || null, passwordHash },
        select: userViewSelect,
      });
      await recordAuditEvent(tx, { actor, action: "user.create", target: { type: "user", id: user.id, name: user.username }, sourceAddress });
      return toUserView(user);
    });
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") throw new AppError("conflict", `A user named ${input.username} already exists`, { field: "username" });
    throw err;
  }
}
