// Demo data for a newcomer: seeders run once each, in order, on a database that has not seen them.
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { featureFlags } from "@/db/schema";
import { systemActor, type Clock } from "@/lib/context";
import type { DemoCredential, Seeder } from "./seeder";
import { peopleSeeder } from "./seeders/people";
import { platformSeeder } from "./seeders/platform";
import { verificationsSeeder } from "./seeders/verifications";
import { examsSeeder } from "./seeders/exams";
import { speedRoundSeeder } from "./seeders/speed-round";
import { leaderboardsSeeder } from "./seeders/leaderboards";
import { broadcastsSeeder } from "./seeders/broadcasts";
import { itemAnalysisSeeder } from "./seeders/item-analysis";

export type { DemoCredential, Seeder } from "./seeder";

export const demoSeeders: Seeder[] = [
  platformSeeder,
  peopleSeeder,
  verificationsSeeder,
  examsSeeder,
  speedRoundSeeder,
  leaderboardsSeeder,
  broadcastsSeeder,
  itemAnalysisSeeder,
];

/** Run every seeder not yet recorded; returns the credentials of the seeders that ran now. */
export async function seedDemoData(
  db: Database,
  clock: Clock,
  seeders = demoSeeders,
): Promise<DemoCredential[]> {
  const credentials: DemoCredential[] = [];
  for (const seeder of seeders) {
    const marker = `seed:${seeder.name}`;
    const created = await db.transaction(async (tx) => {
      const [done] = await tx
        .select({ key: featureFlags.key })
        .from(featureFlags)
        .where(eq(featureFlags.key, marker));
      if (done) return null;
      const result = await seeder.run({
        ctx: { db: tx as unknown as Database, actor: systemActor, clock },
      });
      await tx
        .insert(featureFlags)
        .values({ key: marker, value: { seededAt: clock.now().toISOString() } });
      return result;
    });
    if (created) credentials.push(...created);
  }
  return credentials;
}
