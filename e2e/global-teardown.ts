import fs from "node:fs";

/** Removes the run's temporary database and key directory (playwright.config.ts made it). */
export default function globalTeardown(): void {
  const dir = process.env.BATON_E2E_DIR;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
