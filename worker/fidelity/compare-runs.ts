import allowances from "./allowed-differences.json";
import type { ConsoleTranscript } from "./console-transcript";

interface Difference {
  script: string;
  kind: "any-order";
  lines: string[];
  reason: string;
}

const normalisers: Record<string, (text: string) => string> = {
  "job-directory": (text) => text.replace(/\/run-[A-Za-z0-9]{6}\/job-[A-Za-z0-9]{6}/g, "/run-XXXXXX/job-XXXXXX"),
  "trailing-blank-lines": (text) => text.replace(/\n+$/, "\n"),
};

for (const { name } of allowances.normalisations) if (!normalisers[name]) throw new Error(`allowed-differences.json names an unknown normalisation: ${name}`);

/** Sorts each run of consecutive lines that are all among `lines`: their order is not the script's. */
function anyOrder(text: string, lines: readonly string[]): { text: string; applied: boolean } {
  const set = new Set(lines);
  const out = text.split("\n");
  let applied = false;
  for (let i = 0; i < out.length; ) {
    let j = i;
    while (j < out.length && set.has(out[j]!)) j++;
    if (j - i > 1) {
      out.splice(i, j - i, ...out.slice(i, j).sort());
      applied = true;
    }
    i = Math.max(j, i + 1);
  }
  return { text: out.join("\n"), applied };
}

/**
 * Both runs' console text with the listed allowances applied, ready to be compared exactly. Throws
 * when an allowance for this script no longer applies, so the list cannot go stale.
 */
export function comparable(script: string, direct: ConsoleTranscript, baton: ConsoleTranscript): { direct: ConsoleTranscript; baton: ConsoleTranscript } {
  const normalise = (text: string) => allowances.normalisations.reduce((t, { name }) => normalisers[name]!(t), text);
  const result = {
    direct: { stdout: normalise(direct.stdout), stderr: normalise(direct.stderr) },
    baton: { stdout: normalise(baton.stdout), stderr: normalise(baton.stderr) },
  };
  for (const difference of allowances.differences as Difference[]) {
    if (difference.script !== script) continue;
    const d = anyOrder(result.direct.stdout, difference.lines);
    const b = anyOrder(result.baton.stdout, difference.lines);
    if (!d.applied && !b.applied) throw new Error(`allowed-differences.json: the ${difference.kind} entry for ${script} matches nothing any more`);
    result.direct.stdout = d.text;
    result.baton.stdout = b.text;
  }
  return result;
}
