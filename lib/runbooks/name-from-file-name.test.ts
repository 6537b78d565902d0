import { describe, expect, it } from "vitest";
import { runbookNameFromFileName } from "./name-from-file-name";
import { runbookNameSchema } from "./schemas";

describe("runbookNameFromFileName", () => {
  it("drops the extension and any folder", () => {
    expect(runbookNameFromFileName("Restart-AppPool.ps1")).toBe("Restart-AppPool");
    expect(runbookNameFromFileName("C:\\scripts\\Get-Disk.PS1")).toBe("Get-Disk");
  });
  it("turns characters a name cannot hold into '-' and starts with a letter", () => {
    expect(runbookNameFromFileName("01 Backup SQL (nightly).ps1")).toBe("Backup-SQL-nightly");
    expect(runbookNameSchema.safeParse(runbookNameFromFileName("01 Backup SQL (nightly).ps1")).success).toBe(true);
  });
  it("leaves nothing when nothing usable remains, which the schema then rejects", () => {
    expect(runbookNameFromFileName("123.ps1")).toBe("");
    expect(runbookNameSchema.safeParse("").success).toBe(false);
  });
});
