import type { AuditEventView } from "./list-audit-events";

const columns = ["id", "at", "actorKind", "actorName", "actorId", "action", "outcome", "targetType", "targetName", "targetId", "sourceAddress", "details"] as const;

/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (= + - @ tab CR first) get a
 * leading apostrophe: audit data includes names that users chose.
 */
function cell(value: unknown): string {
  let text = value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function auditEventsCsv(events: AuditEventView[]): string {
  const lines = [columns.join(",")];
  for (const e of events) lines.push(columns.map((c) => cell(e[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
