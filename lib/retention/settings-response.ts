import { z } from "zod";
import type { Db } from "@/lib/db";
import { getSettings, settingsView, type SettingsView } from "@/lib/settings/get-settings";
import { lastPurge } from "./last-purge";
import { purgeSummaryView } from "./run-retention";

/** What GET/PATCH /api/v1/settings answer: the settings and how the latest retention purge went. */
export const settingsResponseView = z.object({ settings: settingsView, lastPurge: purgeSummaryView.nullable().describe("Null before the first purge.") });
export type SettingsResponse = z.infer<typeof settingsResponseView>;

export async function settingsResponse(db: Db, settings?: SettingsView): Promise<SettingsResponse> {
  const [current, purge] = await Promise.all([settings ?? getSettings(db), lastPurge(db)]);
  return { settings: current, lastPurge: purge };
}
