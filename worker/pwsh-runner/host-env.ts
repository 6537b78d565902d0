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
 *
 * `runtimeEnv` holds .NET runtime settings for this host alone (sharedHostRuntimeEnv); the runtime
 * reads them as it starts, and the host takes them out of its environment before running any job.
 */
export function buildHostEnv(pwsh: PwshCommand, tempDir: string, caFile?: string, runtimeEnv: Record<string, string> = {}): Record<string, string> {
  const runtimeNames = Object.keys(runtimeEnv);
  return {
    ...pwsh.env,
    ...runtimeEnv,
    // host.ps1 removes these (and this list) before any job, so a job and its children never see them.
    ...(runtimeNames.length > 0 ? { BATON_HOST_RUNTIME_ENV: runtimeNames.join(",") } : {}),
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

/**
 * .NET settings for shared hosts alone. Tiered compilation off: a shared host opens a runspace for
 * each of its hundreds of jobs, and with tiering on the JIT went on compiling as each one opened
 * (about 7 methods per runspace, against 1 with it off, counted with JitInfo). Measured on 2 cores:
 * the host's CPU per trivial job 0.108 → 0.073 s, jobs/s 16.3 → 22.6. A job in its own process is
 * mostly start-up, where tiering's quick first compile pays (1.40 → 1.62 CPU-s per job with it off),
 * so own-process hosts keep it.
 */
export const sharedHostRuntimeEnv: Record<string, string> = {
  DOTNET_TieredCompilation: "0",
  // A job hands work between PowerShell's pipeline threads and the thread pool many times, and each
  // idle pool thread spun before sleeping: 12% of a shared host's CPU in a profile, on a machine
  // whose cores the other jobs and the worker want.
  DOTNET_ThreadPool_UnfairSemaphoreSpinLimit: "0",
};
