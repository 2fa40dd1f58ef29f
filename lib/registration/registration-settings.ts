import { inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { featureFlags } from "@/db/schema";

/** The public registration switches, stored as feature flags and readable by anyone. */
export const registrationSettings = z.object({
  is_candidate_reg_open: z.boolean(),
  is_staff_reg_open: z.boolean(),
  support_email: z.email(),
});
export type RegistrationSettings = z.infer<typeof registrationSettings>;

export const registrationDefaults: RegistrationSettings = {
  is_candidate_reg_open: true,
  is_staff_reg_open: true,
  support_email: "support@example.com",
};

const keys = Object.keys(registrationDefaults) as (keyof RegistrationSettings)[];

export async function getRegistrationSettings(db: Executor): Promise<RegistrationSettings> {
  const rows = await db.select().from(featureFlags).where(inArray(featureFlags.key, keys));
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  // A malformed stored value falls back to the default rather than breaking a public endpoint.
  const merged = { ...registrationDefaults, ...stored };
  const parsed = registrationSettings.safeParse(merged);
  return parsed.success ? parsed.data : registrationDefaults;
}

export async function setRegistrationSettings(
  db: Executor,
  changes: Partial<RegistrationSettings>,
  updatedById: string | null,
): Promise<void> {
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    await db
      .insert(featureFlags)
      .values({ key, value, updatedById })
      .onConflictDoUpdate({
        target: featureFlags.key,
        set: { value, updatedById, updatedAt: sql`now()` },
      });
  }
}
