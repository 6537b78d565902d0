import { actorName, type AuditContext } from "@/lib/audit/audit-context";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { getSettings, type SettingsView } from "./get-settings";
import { settingNames, type Settings, type UpdateSettingsInput } from "./schemas";

/**
 * Changes the admin settings given and records `settings.update` with each changed setting's value
 * before and after, in the same transaction. Values equal to the current ones change nothing and
 * record nothing.
 */
export async function updateSettings(db: Db, input: UpdateSettingsInput, by: AuditContext): Promise<SettingsView> {
  return db.$transaction(async (tx) => {
    const current = await getSettings(tx);
    const changed = settingNames.filter((name) => input[name] !== undefined && input[name] !== current[name]);
    if (changed.length === 0) return current;
    const before: Partial<Settings> = {};
    const after: Partial<Settings> = {};
    for (const name of changed) {
      before[name] = current[name];
      after[name] = input[name];
    }
    await tx.adminSettings.update({ where: { id: 1 }, data: { ...after, updatedBy: actorName(by) } });
    await recordAuditEvent(tx, { actor: by.actor, action: "settings.update", target: { type: "settings", id: "1", name: "Admin settings" }, sourceAddress: by.sourceAddress, details: { changed, before, after } });
    return getSettings(tx);
  });
}
