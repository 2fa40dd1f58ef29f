// The spec's profile shapes: candidates carry a school, staff an occupation.
import { z } from "zod";
import type { users } from "@/db/schema";

export const userSummary = z.object({
  id: z.uuid(),
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  phone: z.string().nullable(),
  date_joined: z.iso.datetime(),
});

export const candidateProfile = z.object({
  user: userSummary,
  school: z.string().nullable(),
  role: z.string(),
});
export const staffProfile = z.object({
  user: userSummary,
  occupation: z.string().nullable(),
  role: z.string(),
});
export const profile = z.union([candidateProfile, staffProfile]);
export type Profile = z.infer<typeof profile>;
export type CandidateProfile = z.infer<typeof candidateProfile>;
export type StaffProfile = z.infer<typeof staffProfile>;

type UserRow = Pick<
  typeof users.$inferSelect,
  | "id"
  | "email"
  | "firstName"
  | "lastName"
  | "phone"
  | "dateJoined"
  | "userType"
  | "role"
  | "school"
  | "occupation"
>;

export function toUserSummary(user: UserRow): z.infer<typeof userSummary> {
  return {
    id: user.id,
    email: user.email,
    first_name: user.firstName,
    last_name: user.lastName,
    phone: user.phone,
    date_joined: user.dateJoined.toISOString(),
  };
}

export function toProfile(user: UserRow): Profile {
  return user.userType === "candidate"
    ? { user: toUserSummary(user), school: user.school, role: user.role }
    : { user: toUserSummary(user), occupation: user.occupation, role: user.role };
}
