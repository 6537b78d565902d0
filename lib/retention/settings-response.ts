import type { Db } from "@/lib/db";
import { lastPurge } from "./last-purge";
import type { PurgeSummary } from "./run-retention";
import { getSettings, type SettingsView } from "@/lib/settings/get-settings";

/** What GET/PATCH /api/v1/settings answer: the settings and how the latest retention purge went. */
export interface SettingsResponse {
  settings: SettingsView;
  lastPurge: PurgeSummary | null;
}

export async function settingsResponse(db: Db, settings?: SettingsView): Promise<SettingsResponse> {
  const [current, purge] = await Promise.all([settings ?? getSettings(db), lastPurge(db)]);
  return { settings: current, lastPurge: purge };
}
