import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";

/** Emails are compared trimmed and lower-cased: "John@X.com" is "john@x.com". */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The live (active, not deleted) account with this email, or undefined. */
export async function findUserByEmail(db: Executor, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(
      and(
        sql`lower(${users.email}) = ${normalizeEmail(email)}`,
        eq(users.isActive, true),
        isNull(users.deletedAt),
      ),
    )
    .limit(1);
  return user;
}
