/** What an operation's `x-baton-access` asks of the caller, for people. */
export function accessLabel(access: string): string {
  if (access === "public") return "Public: no credentials";
  if (access === "authenticated") return "Any signed-in user or API token";
  if (access === "job") return "A running job's token (bjt_…)";
  if (access === "worker") return "A worker registration token (bwr_…)";
  return access;
}
