// `npm run rotate-key`: re-seals every secret envelope under the current master key.
// `npm run rotate-key -- --new-key`: first replaces <dataDir>/baton.key with a fresh key (keeping the
// old one in baton.key.previous), then re-seals. With BATON_SECRET, set the new secret, put
// `secret:<old secret>` in <dataDir>/baton.key.previous, restart the services, and run this.
import { loadKeyRing } from "@/lib/assets/key-ring-for-process";
import { replaceKeyFile } from "@/lib/assets/replace-key-file";
import { resealSecrets } from "@/lib/assets/reseal-secrets";
import { createDb, prepareSqlite } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { runCli } from "./cli";

runCli(async () => {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--new-key");
  if (unknown.length) throw new Error(`Unknown argument ${unknown[0]} (usage: npm run rotate-key [-- --new-key])`);
  const env = getEnv();

  if (args.includes("--new-key")) {
    if (env.BATON_SECRET) {
      throw new Error("BATON_SECRET is set, so the key comes from it: change BATON_SECRET, add secret:<old value> to baton.key.previous, then run npm run rotate-key");
    }
    const { previousKeyId, currentKeyId } = replaceKeyFile(env.dataDir);
    console.log(`New master key ${currentKeyId} written to ${env.dataDir}/baton.key; key ${previousKeyId} kept in baton.key.previous.`);
  }

  const ring = loadKeyRing({ secret: env.BATON_SECRET, dataDir: env.dataDir });
  console.log(`Current key ${ring.current.id}; previous keys: ${ring.all.slice(1).map((k) => k.id).join(", ") || "none"}`);
  const handle = createDb(env.DATABASE_URL);
  if (handle.provider === "sqlite") await prepareSqlite(handle.db);
  try {
    const report = await resealSecrets(handle.db, ring);
    let unreadable = 0;
    for (const c of report) {
      unreadable += c.unreadable.length;
      console.log(
        `${c.column.padEnd(30)} examined ${c.examined}, re-sealed ${c.resealed}, already current ${c.alreadyCurrent}` +
          (c.changedMeanwhile ? `, changed meanwhile ${c.changedMeanwhile}` : "") +
          (c.unreadable.length ? `, UNREADABLE ${c.unreadable.length} (keys ${[...new Set(c.unreadable.map((u) => u.keyId))].join(", ")})` : ""),
      );
    }
    if (unreadable > 0) throw new Error(`${unreadable} secret(s) were sealed by keys that are not configured; add them to baton.key.previous and run again`);
    console.log("Done. Restart the web service and workers so they seal new secrets with the current key; once a later run reports nothing re-sealed, the previous keys can be removed.");
  } finally {
    await handle.db.$disconnect();
  }
});
