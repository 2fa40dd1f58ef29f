import { z } from "zod";
import { accountFields, optionalText } from "@/lib/accounts/registration/schemas";
import { candidateRoles, staffRoles } from "@/lib/auth/roles";
import { paginatedSchema, paginationQuery } from "@/lib/http/pagination";
import { staffRoleOptions } from "./role-rules";
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

// Role assignment (PUT /candidates/{id}/roles/assign/, PUT /staff/{id}/roles/assign/).
export const assignCandidateRoleInput = z.object({
  role: z.enum(candidateRoles, { error: `Choose one of: ${candidateRoles.join(", ")}.` }),
});
export const assignStaffRoleInput = z.object({
  role: z.enum(staffRoleOptions, { error: `Choose one of: ${staffRoleOptions.join(", ")}.` }),
});
export const roleResponse = z.object({ role: z.string() });

// POST /staff/invite/. Password rules are checked by the operation (as registration does) so
// every problem is reported together with the email's; here only the shape.
const password = z
  .string()
  .max(1_000)
  .nullish()
  .transform((value) => value || undefined);

export const inviteStaffInput = z.object({
  ...accountFields,
  password,
  password2: password,
  role: z.enum(staffRoleOptions, { error: `Choose one of: ${staffRoleOptions.join(", ")}.` }),
  occupation: optionalText(200),
});
export type InviteStaffInput = z.output<typeof inviteStaffInput>;
export const inviteStaffResponse = z.object({
  message: z.literal("Staff profile created, invite sent."),
});

// GET /user/list/
export const listUsersQuery = paginationQuery.extend({
  profile: z.enum(["candidate", "staff"], { error: "Use candidate or staff." }).optional(),
  is_active: booleanQuery.optional(),
  search: text.optional(),
});

export const userListItem = z.object({
  id: z.uuid(),
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  is_active: z.boolean(),
  status: z.enum(profileStatuses),
  date_joined: z.iso.datetime(),
  staff_profile: z.object({ occupation: z.string().nullable(), role: z.string() }).nullable(),
  candidate_profile: z.object({ school: z.string().nullable(), role: z.string() }).nullable(),
});

/** Managers and superadmins see everyone's numbers. */
export const fullStatsOverview = z.object({
  total_users: z.number().int(),
  active_users: z.number().int(),
  staff_count: z.number().int(),
  candidate_count: z.number().int(),
});
/** Moderators and admins see candidates' numbers only. */
export const candidateStatsOverview = z.object({
  candidate_count: z.number().int(),
  active_candidates: z.number().int(),
  verified_candidates: z.number().int(),
});

export const listUsersResponse = paginatedSchema(
  z.union([userListItem, candidateListItem, staffListItem]),
).extend({ stats_overview: z.union([fullStatsOverview, candidateStatsOverview]) });
export type ListUsersResponse = z.output<typeof listUsersResponse>;

/** One submitted answer, as staff see it in a candidate's records. */
export const submissionItem = z.object({
  question_id: z.number().int(),
  question_text: z.string(),
  option_a: z.string(),
  option_b: z.string(),
  option_c: z.string(),
  option_d: z.string(),
  selected_option: z.string(),
  answered_at: z.iso.datetime(),
});

/** GET /candidates/{id}/: the full profile with performance and the exams still to take. */
export const candidateDetail = fullProfile.extend({
  records: z.object({
    performance: z.object({
      stats: z.object({
        total_score: z.number(),
        average_score: z.number(),
        leaderboard_ranking: z.object({
          current_rank: z.number().int().nullable(),
          total_candidates: z.number().int(),
        }),
        latest_score: z
          .object({ score: z.number(), exam_title: z.string(), date: z.iso.datetime() })
          .nullable(),
        highest_score: z.number().nullable(),
        total_exams_taken: z.number().int(),
        lowest_score: z.number().nullable(),
        highest_obtainable_score: z.number(),
      }),
      exams_taken: z.array(
        z.object({
          exam_id: z.number().int(),
          exam_title: z.string(),
          exam_stage: z.string(),
          scheduled_date: z.iso.datetime().nullable(),
          score: z.number(),
          recorded_at: z.iso.datetime(),
          score_submitted_by: z.string().nullable(),
          auto_score: z.boolean(),
          submission: z.array(submissionItem),
        }),
      ),
    }),
    available_exams: z.array(
      z.object({
        id: z.number().int(),
        title: z.string(),
        stage: z.string(),
        scheduled_date: z.iso.datetime().nullable(),
        status: z.string(),
        countdown_minutes: z.number().int(),
      }),
    ),
  }),
});
