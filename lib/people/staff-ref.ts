// The spec's `created_by` / `updated_by` object for questions and exams:
// {user: {id, email, first_name, last_name, phone, date_joined}, occupation, role}.
import { z } from "zod";
import type { users } from "@/db/schema";

export const staffRefSchema = z.object({
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    first_name: z.string(),
    last_name: z.string(),
    phone: z.string().nullable(),
    date_joined: z.iso.datetime(),
  }),
  occupation: z.string().nullable(),
  role: z.string(),
});

/** The reference for a staff member, or null when they are gone. */
export function staffRef(user: typeof users.$inferSelect | null | undefined) {
  if (!user) return null;
  return {
    user: {
      id: user.id,
      email: user.email,
      first_name: user.firstName,
      last_name: user.lastName,
      phone: user.phone,
      date_joined: user.dateJoined.toISOString(),
    },
    occupation: user.occupation,
    role: user.role,
  };
}
