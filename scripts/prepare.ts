// Run by `npm start` before the server: apply migrations, seed demo data (unless SEED_DEMO=false)
// and print the demo sign-in details. Runs in its own process and exits, so PGlite is free again.
import fs from "node:fs";
import path from "node:path";
import { closeDatabase, getDatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoData, type DemoCredential } from "@/db/seed";
import { systemClock } from "@/lib/context";
import { dataDir, env } from "@/lib/env";

const handle = getDatabaseHandle();
await migrateDatabase(handle);
console.log(
  `database: migrations applied (${handle.kind === "pglite" ? `embedded PGlite in ${path.join(env.DATA_DIR, "pglite")}` : "Postgres"})`,
);

const credentialsFile = path.join(dataDir, "demo-credentials.json");
if (env.SEED_DEMO) {
  const created = await seedDemoData(handle.db, systemClock);
  if (created.length > 0) {
    fs.mkdirSync(dataDir, { recursive: true });
    const known: DemoCredential[] = fs.existsSync(credentialsFile)
      ? JSON.parse(fs.readFileSync(credentialsFile, "utf8"))
      : [];
    fs.writeFileSync(credentialsFile, JSON.stringify([...known, ...created], null, 2), {
      mode: 0o600,
    });
  }
  if (fs.existsSync(credentialsFile)) {
    const all: DemoCredential[] = JSON.parse(fs.readFileSync(credentialsFile, "utf8"));
    console.log(`\nDemo data (also in ${path.relative(process.cwd(), credentialsFile)}):`);
    for (const credential of all) console.log(`  ${credential.label}: ${credential.value}`);
    console.log("");
  }
} else {
  console.log("demo data: skipped (SEED_DEMO=false)");
}
await closeDatabase();
