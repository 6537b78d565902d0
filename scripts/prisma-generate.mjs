// Generates both Prisma clients. The CLI only checks that a schema-engine binary exists; generate
// never runs it, and the real one would be downloaded from a host this network cannot reach.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const prismaCli = path.join(root, "node_modules/prisma/build/index.js");
for (const provider of ["sqlite", "postgresql"]) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", `prisma/${provider}/schema.prisma`], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
  });
}
console.log("generated Prisma clients: generated/sqlite, generated/postgresql");
