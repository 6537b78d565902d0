/** Orders dotted numeric versions ("7.10.0" after "7.9.2"); prerelease suffixes sort before the release. */
export function compareVersions(a: string, b: string): number {
  const [coreA, preA] = splitVersion(a);
  const [coreB, preB] = splitVersion(b);
  for (let i = 0; i < Math.max(coreA.length, coreB.length); i++) {
    const diff = (coreA[i] ?? 0) - (coreB[i] ?? 0);
    if (diff !== 0) return diff;
  }
  if (preA === preB) return 0;
  if (preA === "") return 1;
  if (preB === "") return -1;
  return preA < preB ? -1 : 1;
}

function splitVersion(v: string): [number[], string] {
  const dash = v.indexOf("-");
  const core = dash < 0 ? v : v.slice(0, dash);
  const pre = dash < 0 ? "" : v.slice(dash + 1);
  return [core.split(".").map((part) => Number.parseInt(part, 10) || 0), pre];
}
