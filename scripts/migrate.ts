// npm run db:migrate — apply committed migrations to DATABASE_URL or the embedded database.
import { closeDatabase, getDatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

const handle = getDatabaseHandle();
await migrateDatabase(handle);
console.log(`migrations applied (${handle.kind})`);
await closeDatabase();
