/** Tags group the reference page and the document; operations name one of these. */
export const apiTags = [
  { name: "Runbooks", description: "Runbooks, their draft, published content and version history." },
  { name: "Jobs", description: "Starting jobs, reading their streams and logs, stopping, suspending and resuming them." },
  { name: "Debugger", description: "Debugging a runbook's draft: breakpoints, a session's events, and commands to PowerShell's debugger. A session is its starter's alone." },
  { name: "Schedules", description: "Schedules that start linked runbooks at their occurrences, and their history." },
  { name: "Webhooks", description: "Webhook URLs that start a runbook's job when called, and managing them." },
  { name: "Dashboard", description: "Aggregates the portal's dashboard shows." },
  { name: "Variables", description: "Variable assets; encrypted values are never returned." },
  { name: "Credentials", description: "Credential assets (user name + secret password)." },
  { name: "Connections", description: "Connection assets, typed by a connection type." },
  { name: "Connection types", description: "The field lists connections are built from." },
  { name: "Certificates", description: "Certificate assets (.pfx or .cer)." },
  { name: "Modules", description: "Integration modules (.zip) with PowerShell commands that jobs import." },
  { name: "Workers", description: "Runbook workers and the worker groups jobs run on." },
  { name: "Users", description: "Local user accounts." },
  { name: "Groups", description: "Security groups and their members." },
  { name: "Role assignments", description: "Roles granted to users and groups, optionally scoped to a runbook tag." },
  { name: "Account", description: "The caller: who they are, their personal API tokens and password." },
  { name: "Audit", description: "The audit trail of every change and sign-in." },
  { name: "Settings", description: "Account-wide admin settings and retention." },
  { name: "Automation (job token)", description: "What the automation cmdlets inside a running job call, with that job's `bjt_…` token." },
  {
    name: "Worker protocol",
    description:
      "What a remote runbook worker (started with `BATON_URL` and a registration token, no database access) calls: register, heartbeat, claim jobs (a claim may wait up to 25 s for one), and each step of a job attempt it holds. Every call carries `Authorization: Bearer bwr_…`; a refused step answers 409 or 404 as it would for a worker on the database.",
  },
  { name: "Meta", description: "This document, and the liveness and readiness probes." },
] as const satisfies readonly { name: string; description: string }[];

export type ApiTag = (typeof apiTags)[number]["name"];
