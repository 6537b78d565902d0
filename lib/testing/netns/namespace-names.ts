import crypto from "node:crypto";

const namePattern = /^baton-(\d+)-[0-9a-f]+-[a-z]$/;

/**
 * A fresh base for namespace names, `baton-<pid>-<random>`: the pid lets a later run tell a crashed
 * run's leftovers from a live run's namespaces, the random part keeps two pairs of one process (or
 * of two test files sharing a process) apart. A host appends `-a` / `-b`.
 */
export function newNamespaceBase(): { base: string; random: Buffer } {
  const random = crypto.randomBytes(3);
  return { base: `baton-${process.pid}-${random.toString("hex")}`, random };
}

/** The pid of the process that made a namespace of ours, or null for anyone else's namespace. */
export function namespaceOwnerPid(name: string): number | null {
  const match = namePattern.exec(name);
  return match ? Number(match[1]) : null;
}
