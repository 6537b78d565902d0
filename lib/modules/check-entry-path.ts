import { AppError } from "@/lib/errors";

/**
 * Checks one archive entry name and returns it as a relative path with "/" separators and no
 * trailing slash. Refuses anything that could land outside the folder it is extracted into, on
 * Linux or Windows: absolute paths, `..` segments, backslashes (a separator on Windows), drive
 * letters and UNC prefixes, control characters, and empty names.
 */
export function checkEntryPath(name: string): string {
  const refuse = (why: string) => new AppError("validation_failed", `Archive entry '${printable(name)}' ${why}`, { field: "archive" });
  if (name === "" || name === "/") throw refuse("has an empty name");
  if (/[\u0000-\u001f\u007f]/.test(name)) throw refuse("has a control character in its name");
  if (name.includes("\\")) throw refuse("uses a backslash in its path; archive paths must use '/'");
  if (name.startsWith("/")) throw refuse("has an absolute path");
  if (/^[A-Za-z]:/.test(name)) throw refuse("starts with a drive letter");
  const segments = name.replace(/\/$/, "").split("/");
  if (segments.includes("..")) throw refuse("escapes the module folder");
  const kept = segments.filter((segment) => segment !== "" && segment !== ".");
  if (kept.length === 0) throw refuse("has an empty name");
  return kept.join("/");
}

function printable(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
