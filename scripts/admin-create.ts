// npm run admin:create -- --email E --password P [--first-name F --last-name L]
// Creates an active, email- and user-verified superadmin. Works against DATABASE_URL, or the
// embedded database while the server is stopped.
import { parseArgs } from "node:util";
import { closeDatabase, getDatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createSuperadmin } from "@/lib/accounts/create-superadmin";
import { systemActor, systemClock } from "@/lib/context";
import { ApiError } from "@/lib/errors";

const usage =
  "usage: npm run admin:create -- --email EMAIL --password PASSWORD [--first-name F] [--last-name L]";
const { values } = parseArgs({
  options: {
    email: { type: "string" },
    password: { type: "string" },
    "first-name": { type: "string" },
    "last-name": { type: "string" },
    help: { type: "boolean" },
  },
  strict: true,
});
if (values.help || !values.email || !values.password) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}

try {
  const handle = getDatabaseHandle();
  await migrateDatabase(handle);
  const user = await createSuperadmin({
    ctx: { db: handle.db, actor: systemActor, clock: systemClock },
    input: {
      email: values.email,
      password: values.password,
      firstName: values["first-name"],
      lastName: values["last-name"],
    },
  });
  console.log(
    `Superadmin ${user.email} created (id ${user.id}). Sign in with the password you chose.`,
  );
} catch (error) {
  const detail =
    error instanceof ApiError && error.errors
      ? `${error.message} ${Object.values(error.errors).flat().join(" ")}`
      : (error as Error).message;
  console.error(`admin:create failed: ${detail}`);
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
