import type { PwshCommand } from "@/lib/pwsh/pwsh-command";

/**
 * The whole environment of a job's pwsh process. It starts empty: the worker's DATABASE_URL,
 * BATON_SECRET and everything else it holds must never reach runbook code or its native children.
 * PSModulePath is not set here: a pooled process starts before its job, so the job's integration
 * modules arrive with the spec (worker/pwsh/host.ps1).
 *
 * TERM=dumb is a terminal without capabilities, what a job's output is: Clear-Host (`clear`) prints
 * nothing instead of failing with "TERM environment variable not set", and native commands print no
 * colour or cursor codes. $PSStyle still colours, because the job's PSHost supports VT sequences and
 * keeps them as data beside the plain text.
 *
 * SSL_CERT_FILE (with SSL_CERT_DIR left unset) makes .NET on Linux trust that file's CAs in addition
 * to the system's directory (/etc/ssl/certs), not instead of it, so runbooks that call the public
 * internet keep working while the automation cmdlets trust the worker's private CA (BATON_CA_FILE).
 */
export function buildHostEnv(pwsh: PwshCommand, tempDir: string, caFile?: string): Record<string, string> {
  return {
    ...pwsh.env,
    ...(caFile ? { SSL_CERT_FILE: caFile } : {}),
    HOME: tempDir,
    TERM: "dumb",
    TMPDIR: tempDir,
    POWERSHELL_TELEMETRY_OPTOUT: "1",
    POWERSHELL_UPDATECHECK: "Off",
    DOTNET_CLI_TELEMETRY_OPTOUT: "1",
    DOTNET_NOLOGO: "1",
  };
}
