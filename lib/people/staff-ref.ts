// The spec's `created_by` / `updated_by` object for questions and exams:
// {user: {id, email, first_name, last_name, phone, date_joined}, occupation, role}. The user part
// is the accounts' own user summary.
import { z } from "zod";
import type { users } from "@/db/schema";
import { toUserSummary, userSummary } from "@/lib/accounts/profile";

export const staffRefSchema = z.object({
  user: userSummary,
  occupation: z.string().nullable(),
  role: z.string(),
});

/** The reference for a staff member, or null when they are gone. */
export function staffRef(user: typeof users.$inferSelect | null | undefined) {
  if (!user) return null;
  return { user: toUserSummary(user), occupation: user.occupation, role: user.role };
}
