/** An instant as a clock in the schedule's time zone shows it, with the zone's abbreviation. */
export function formatInZone(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return "—";
  try {
    return new Intl.DateTimeFormat(undefined, { timeZone, dateStyle: "medium", timeStyle: "short" }).format(new Date(iso)) + ` ${zoneName(iso, timeZone)}`;
  } catch {
    return iso;
  }
}

function zoneName(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, timeZoneName: "short" }).formatToParts(new Date(iso)).find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}
