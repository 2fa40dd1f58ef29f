import { z } from "zod";
import { candidateRoles, staffRoles } from "@/lib/auth/roles";
import { paginationQuery } from "@/lib/http/pagination";
import { profileStatuses } from "./status";

const booleanQuery = z
  .enum(["true", "false"], { error: "Use true or false." })
  .transform((value) => value === "true");
const text = z.string().trim().max(200);

export const listCandidatesQuery = paginationQuery.extend({
  search: text.optional(),
  role: z.enum(candidateRoles).optional(),
  school: text.optional(),
  verified: booleanQuery.optional(),
});

export const listStaffQuery = paginationQuery.extend({
  search: text.optional(),
  role: z.enum([...staffRoles, "sponsor"]).optional(),
  occupation: text.optional(),
});

const personUser = z.object({
  id: z.uuid(),
  email: z.string(),
  is_email_verified: z.boolean(),
  first_name: z.string(),
  last_name: z.string(),
  phone: z.string().nullable(),
  date_joined: z.iso.datetime(),
});

export const candidateListItem = z.object({
  user: personUser,
  school: z.string().nullable(),
  role: z.string(),
  status: z.enum(profileStatuses),
  is_user_verified: z.boolean(),
});

export const staffListItem = z.object({
  user: personUser,
  occupation: z.string().nullable(),
  role: z.string(),
  status: z.enum(profileStatuses),
  is_user_verified: z.boolean(),
});

/** One person in full (staff detail, account management); documents are signed, expiring links. */
export const fullProfile = z.object({
  user: personUser.extend({ profile_picture: z.string().nullable() }),
  profile_type: z.enum(["candidate", "staff"]),
  school: z.string().nullable().optional(),
  occupation: z.string().nullable().optional(),
  role: z.string(),
  status: z.enum(profileStatuses),
  is_active: z.boolean(),
  is_user_verified: z.boolean(),
  face_id: z.string().nullable(),
  id_card: z.string().nullable(),
  verification_document: z.string().nullable(),
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
});
