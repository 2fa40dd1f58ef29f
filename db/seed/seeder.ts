import type { Database } from "@/db/client";
import type { Context } from "@/lib/context";

/** A sign-in detail or secret to print for the newcomer after seeding. */
export type DemoCredential = { label: string; value: string };

/**
 * One part of the demo data. Each seeder runs once per database (recorded in feature_flags as
 * `seed:<name>`), in list order, inside its own transaction; later issues append seeders.
 */
export type Seeder = {
  name: string;
  run: (input: { ctx: Context & { db: Database } }) => Promise<DemoCredential[]>;
};
