// Demo broadcasts, as the manager (Tunde Bello) sent them over the last days: a welcome to every
// candidate, a league notice, and a note to moderators and admins — with mixed read state, so
// the broadcast pages show read receipts and people's bells show unread counts. Delivered the way
// the fan-out delivers (a delivery row and a notification per recipient), logged by the fan-out's
// own last step.
import { and, eq, inArray, isNull } from "drizzle-orm";
import { broadcastDeliveries, broadcasts, notifications, users } from "@/db/schema";
import { finishBroadcast } from "@/lib/broadcasts/finish-broadcast";
import type { Seeder } from "../seeder";

const day = 86_400_000;

type Demo = {
  subject: string;
  message: string;
  targetRoles: { candidate?: string[]; staff?: string[] };
  daysAgo: number;
  /** Who has read it: every nth recipient (by email), and these people. */
  readEvery: number;
  readBy: string[];
  unreadBy: string[];
};

const demos: Demo[] = [
  {
    subject: "Welcome to the 2026 competition",
    message:
      "Welcome! The competition runs in three stages: screening, league and final.\n" +
      "Keep your profile up to date and check your notifications before each exam.",
    targetRoles: { candidate: ["screening", "league", "final", "winner"] },
    daysAgo: 6,
    readEvery: 2,
    readBy: ["league.candidate@demo.example.com"],
    unreadBy: [],
  },
  {
    subject: "League round 2 opens on Monday",
    message:
      "League round 2 opens on Monday at 9:00 and stays open for two days.\n" +
      "You will have 30 minutes once you start. Good luck!",
    targetRoles: { candidate: ["league"] },
    daysAgo: 1,
    readEvery: 3,
    readBy: [],
    unreadBy: ["league.candidate@demo.example.com"],
  },
  {
    subject: "Verification queue this week",
    message: "Please review the identity documents waiting in the queue before Friday.",
    targetRoles: { staff: ["moderator", "admin"] },
    daysAgo: 2,
    readEvery: 1,
    readBy: [],
    unreadBy: ["admin@demo.example.com"],
  },
];

export const broadcastsSeeder: Seeder = {
  name: "broadcasts",
  async run({ ctx }) {
    const [manager] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "manager@demo.example.com"));
    for (const demo of demos) {
      const at = new Date(ctx.clock.now().getTime() - demo.daysAgo * day);
      const [broadcast] = await ctx.db
        .insert(broadcasts)
        .values({
          subject: demo.subject,
          message: demo.message,
          mediums: ["platform"],
          targetRoles: demo.targetRoles,
          createdById: manager?.id ?? null,
          createdAt: at,
          status: "sending",
        })
        .returning();
      const groups = (["candidate", "staff"] as const).filter(
        (type) => demo.targetRoles[type]?.length,
      );
      const people = (
        await Promise.all(
          groups.map((type) =>
            ctx.db
              .select({ id: users.id, email: users.email })
              .from(users)
              .where(
                and(
                  eq(users.userType, type),
                  inArray(users.role, demo.targetRoles[type]!),
                  eq(users.isActive, true),
                  isNull(users.deletedAt),
                ),
              ),
          ),
        )
      )
        .flat()
        .sort((a, b) => a.email.localeCompare(b.email));
      if (people.length === 0) continue;
      await ctx.db.insert(broadcastDeliveries).values(
        people.map((person) => ({
          broadcastId: broadcast!.id,
          recipientId: person.id,
          medium: "platform",
          deliveredAt: at,
        })),
      );
      await ctx.db.insert(notifications).values(
        people.map((person, index) => {
          const read =
            !demo.unreadBy.includes(person.email) &&
            (demo.readBy.includes(person.email) || index % demo.readEvery === 0);
          return {
            userId: person.id,
            subject: demo.subject,
            message: demo.message,
            broadcastId: broadcast!.id,
            createdAt: at,
            readAt: read ? new Date(at.getTime() + 3 * 3_600_000) : null,
          };
        }),
      );
      await finishBroadcast({
        ctx: { ...ctx, clock: { now: () => new Date(at.getTime() + 60_000) } },
        input: { id: broadcast!.id },
      });
    }
    return [];
  },
};
