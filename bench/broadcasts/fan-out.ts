// The measured part of `npm run bench:broadcast` (run.mjs prepares the database and environment):
// seed N candidates, create the broadcast, run the fan-out to the end, check exactly-once, print.
import os from "node:os";
import { count, countDistinct, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { broadcastDeliveries, broadcasts, emailOutbox, notifications, users } from "@/db/schema";
import { platformFunctions } from "@/inngest";
import { broadcastBatchSize } from "@/inngest/functions/broadcasts/deliver-broadcast";
import { createBroadcast } from "@/lib/broadcasts/create-broadcast";
import { systemClock } from "@/lib/context";
import { benchManagerContext } from "../lib/manager-context";
import { env } from "@/lib/env";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import { localRealtimeApp } from "@/lib/realtime";
import { startLocalRealtimeServer } from "@/scripts/realtime/server";

const recipients = Number(process.env.BENCH_RECIPIENTS ?? 20_000);
const goalMs = 60_000;
const db = getDb();

const realtime = await startLocalRealtimeServer({
  port: env.REALTIME_PORT,
  apps: [localRealtimeApp()],
});

// N active league candidates (and a few who must not get it: other stage, deactivated).
const rows = Array.from({ length: recipients }, (_, i) => ({
  email: `bench-${i}@example.com`,
  firstName: "Bench",
  lastName: `Candidate ${i}`,
  userType: "candidate" as const,
  role: "league",
  isUserVerified: true,
  isEmailVerified: true,
}));
for (let i = 0; i < rows.length; i += 2_000)
  await db.insert(users).values(rows.slice(i, i + 2_000));
await db.insert(users).values([
  { email: "other-stage@example.com", userType: "candidate", role: "final" },
  { email: "inactive@example.com", userType: "candidate", role: "league", isActive: false },
]);
const ctx = await benchManagerContext(db);
const runner = new InProcessRunner({ db, functions: platformFunctions, clock: systemClock });

const started = performance.now();
const created = await createBroadcast({
  ctx,
  input: {
    subject: "Round 2 opens on Monday",
    message: "League round 2 opens on Monday at 9:00. Good luck!",
    mediums: ["platform", "email"],
    target_roles: { candidate: ["league"] },
  },
});
let status = "pending";
while (status !== "sent" && status !== "partially_failed" && status !== "failed") {
  await runner.tick();
  const [row] = await db
    .select({ status: broadcasts.status })
    .from(broadcasts)
    .where(eq(broadcasts.id, created.id));
  status = row!.status;
  if (performance.now() - started > 10 * goalMs) throw new Error(`still ${status} after 10 min`);
}
const elapsedMs = performance.now() - started;

const [deliveries] = await db
  .select({ n: count(), people: countDistinct(broadcastDeliveries.recipientId) })
  .from(broadcastDeliveries)
  .where(eq(broadcastDeliveries.broadcastId, created.id));
const [notified] = await db
  .select({ n: count(), people: countDistinct(notifications.userId) })
  .from(notifications)
  .where(eq(notifications.broadcastId, created.id));
const [emailed] = await db
  .select({
    n: count(),
    people: countDistinct(emailOutbox.to),
    sent: sql<number>`count(*) filter (where ${emailOutbox.status} in ('sent', 'captured'))`.mapWith(
      Number,
    ),
  })
  .from(emailOutbox)
  .where(eq(emailOutbox.subject, "Round 2 opens on Monday"));
await realtime.close();

const onceEach =
  deliveries!.n === recipients * 2 &&
  deliveries!.people === recipients &&
  notified!.n === recipients &&
  notified!.people === recipients &&
  emailed!.n === recipients &&
  emailed!.people === recipients &&
  emailed!.sent === recipients;
const pass = status === "sent" && onceEach && elapsedMs < goalMs;
const seconds = (ms: number) => (ms / 1000).toFixed(1);

console.log(`
### Broadcast fan-out: ${recipients.toLocaleString("en")} recipients, platform + email (${new Date().toISOString().slice(0, 10)})

${process.env.BENCH_DATABASE}; ${os.cpus().length} cores; batches of ${broadcastBatchSize}; the
real fan-out function on the in-process runner; every notification pushed to the local realtime
server; emails to the embedded sender in bulk (what Resend's batch call would get).

| Measure | Result | Goal |
| --- | --- | --- |
| Created → status \`${status}\` | ${seconds(elapsedMs)} s (${Math.round(recipients / (elapsedMs / 1000)).toLocaleString("en")} recipients/s) | < ${seconds(goalMs)} s |
| Delivery rows (unique per recipient and medium) | ${deliveries!.n.toLocaleString("en")} for ${deliveries!.people.toLocaleString("en")} people | ${(recipients * 2).toLocaleString("en")} |
| Notifications | ${notified!.n.toLocaleString("en")} for ${notified!.people.toLocaleString("en")} people | one each |
| Emails | ${emailed!.n.toLocaleString("en")} to ${emailed!.people.toLocaleString("en")} addresses, ${emailed!.sent.toLocaleString("en")} sent | one each |

**${pass ? "PASS" : "FAIL"}**${pass ? "" : onceEach ? " (too slow)" : " (someone got it twice or not at all)"}
`);
process.exit(0);
