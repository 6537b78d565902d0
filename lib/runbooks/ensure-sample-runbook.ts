import type { AuditContext } from "@/lib/audit/audit-context";
import type { Db } from "@/lib/db";
import { createRunbook } from "./create-runbook";
import { publishRunbook } from "./publish-runbook";

export const sampleRunbookName = "Hello-Baton";

const sampleRunbookContent = `<#
.SYNOPSIS
    Greets someone a few times and shows each of Baton's output streams.
.PARAMETER Name
    Who to greet.
.PARAMETER Count
    How many greetings to write.
#>
param(
    [string]$Name = 'World',
    [ValidateRange(1, 100)]
    [int]$Count = 3
)

Write-Verbose "Starting on $([Environment]::MachineName) with PowerShell $($PSVersionTable.PSVersion)"

for ($i = 1; $i -le $Count; $i++) {
    Write-Progress -Activity "Greeting $Name" -Status "$i of $Count" -PercentComplete ($i / $Count * 100)
    Write-Output "Hello, $Name! ($i/$Count)"
    Start-Sleep -Milliseconds 200
}

Write-Information "Greeted $Name $Count time(s)."
Write-Output ([pscustomobject]@{ Name = $Name; Count = $Count; FinishedAt = (Get-Date).ToUniversalTime().ToString('o') })
`;

/** Gives a new installation one published runbook to try; does nothing once any runbook exists. */
export async function ensureSampleRunbook(db: Db, options: { createdBy?: string } = {}): Promise<{ created: boolean }> {
  const by: AuditContext = { actor: { kind: "system", id: null, name: options.createdBy ?? "setup" }, sourceAddress: null };
  if ((await db.runbook.count()) > 0) return { created: false };
  const runbook = await createRunbook(
    db,
    { name: sampleRunbookName, description: "A sample runbook: parameters, output, verbose and progress streams.", tags: ["sample"], content: sampleRunbookContent },
    by,
  );
  await publishRunbook(db, runbook.id, by);
  return { created: true };
}
