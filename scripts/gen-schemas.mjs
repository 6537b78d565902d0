// Writes prisma/<provider>/schema.prisma from the provider-neutral prisma/schema.base.prisma.
// The models live once; each provider gets only its own generator/datasource header.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const base = fs.readFileSync(path.join(root, "prisma/schema.base.prisma"), "utf8");

for (const provider of ["sqlite", "postgresql"]) {
  const header = `// GENERATED from prisma/schema.base.prisma by scripts/gen-schemas.mjs - DO NOT EDIT
generator client {
  provider     = "prisma-client"
  output       = "../../generated/${provider}"
  moduleFormat = "esm"
}

datasource db {
  provider = "${provider}"
}

`;
  const dir = path.join(root, "prisma", provider);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "schema.prisma"), header + base);
}
