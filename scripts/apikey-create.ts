// npm run apikey:create -- --name N [--scopes a,b] — create an integrator key and print it once.
// Works against DATABASE_URL, or the embedded database while the server is stopped.
import { parseArgs } from "node:util";
import { closeDatabase, getDatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createApiKey } from "@/lib/auth/api-keys/create-api-key";
import { apiKeyScopes } from "@/lib/auth/permissions";
import { systemActor, systemClock } from "@/lib/context";

const usage = `usage: npm run apikey:create -- --name NAME [--scopes ${apiKeyScopes.join(",")}]`;

const { values } = parseArgs({
  options: { name: { type: "string" }, scopes: { type: "string" }, help: { type: "boolean" } },
  strict: true,
});
if (values.help || !values.name) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}
const scopes = (values.scopes ?? "")
  .split(",")
  .map((scope) => scope.trim())
  .filter(Boolean);
const unknown = scopes.filter((scope) => !(apiKeyScopes as readonly string[]).includes(scope));
if (unknown.length > 0) {
  console.error(`unknown scope(s): ${unknown.join(", ")}\n${usage}`);
  process.exit(2);
}

try {
  const handle = getDatabaseHandle();
  await migrateDatabase(handle);
  const key = await createApiKey({
    ctx: { db: handle.db, actor: systemActor, clock: systemClock },
    input: { name: values.name, scopes: scopes as (typeof apiKeyScopes)[number][] },
  });
  console.log(
    `API key "${key.name}" created (id ${key.id}, scopes: ${key.scopes.join(", ") || "none"}).`,
  );
  console.log("Store it now; it is not shown again:\n");
  console.log(key.key);
} catch (error) {
  console.error(`apikey:create failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
