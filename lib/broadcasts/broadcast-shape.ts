// A broadcast row (with its author) as the spec shows it; the detail adds the logs. Both read
// broadcasts through selectWithAuthor.
import { asc, eq } from "drizzle-orm";
import type { z } from "zod";
import { broadcastLogs, broadcasts, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import type { broadcastDetail, broadcastItem } from "./schemas";

type Author = Pick<typeof users.$inferSelect, "email" | "firstName" | "lastName"> | null;

/** Broadcasts with their authors' names (none when the author's account is gone). */
export function selectWithAuthor(ctx: Context) {
  return ctx.db
    .select({
      broadcast: broadcasts,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
    })
    .from(broadcasts)
    .leftJoin(users, eq(users.id, broadcasts.createdById))
    .$dynamic();
}

type WithAuthor = Awaited<ReturnType<typeof selectWithAuthor>>[number];

export function authorOf({ email, firstName, lastName }: WithAuthor): Author {
  return email === null ? null : { email, firstName: firstName!, lastName: lastName! };
}

export function broadcastShape(
  row: typeof broadcasts.$inferSelect,
  author: Author,
): z.output<typeof broadcastItem> {
  return {
    id: row.id,
    subject: row.subject,
    message: row.message,
    created_by: author
      ? { user: { email: author.email, first_name: author.firstName, last_name: author.lastName } }
      : null,
    created_at: row.createdAt.toISOString(),
    status: row.status,
    mediums: row.mediums,
    target_roles: row.targetRoles,
  };
}

export async function broadcastDetailShape(
  ctx: Context,
  row: typeof broadcasts.$inferSelect,
  author: Author,
): Promise<z.output<typeof broadcastDetail>> {
  const logs = await ctx.db
    .select()
    .from(broadcastLogs)
    .where(eq(broadcastLogs.broadcastId, row.id))
    .orderBy(asc(broadcastLogs.id));
  return {
    ...broadcastShape(row, author),
    last_attempt: row.lastAttemptAt?.toISOString() ?? null,
    logs: logs.map((log) => ({
      id: log.id,
      medium: log.medium,
      target_role: log.targetRole,
      role_type: log.roleType,
      status: log.status,
      message: log.message,
      attempted_at: log.attemptedAt.toISOString(),
    })),
  };
}
