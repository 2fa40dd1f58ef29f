// The dashboards' shapes (spec "Dashboard").
import { z } from "zod";

const participation = z.enum(["done", "not_done", "missed"]);

export const candidateDashboard = z.object({
  candidate_info: z.object({
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    school: z.string().nullable(),
    role: z.string(),
    is_user_verified: z.boolean(),
    is_email_verified: z.boolean(),
    is_active: z.boolean(),
    date_joined: z.iso.datetime(),
  }),
  exam_stats: z.object({
    total_exams_taken: z.number().int(),
    available_exams_count: z.number().int(),
    average_score: z.number().nullable(),
    highest_score: z.number().nullable(),
    lowest_score: z.number().nullable(),
    latest_score: z
      .object({ score: z.number(), exam_title: z.string(), date: z.iso.datetime() })
      .nullable(),
  }),
  leaderboard_ranking: z.object({
    current_rank: z.number().int().nullable(),
    total_candidates: z.number().int(),
  }),
  recent_scores: z.array(
    z.object({
      exam_title: z.string(),
      score: z.number(),
      date: z.iso.datetime(),
      exam_stage: z.string(),
    }),
  ),
  available_exams: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      stage: z.string(),
      level: z.number().int(),
      stage_display: z.string(),
      description: z.string(),
      open_duration_hours: z.number().int(),
      scheduled_date: z.iso.datetime(),
      countdown_minutes: z.number().int(),
      question_count: z.number().int(),
      participation,
    }),
  ),
  concluded_exams: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      stage: z.string(),
      level: z.number().int(),
      stage_display: z.string(),
      description: z.string(),
      concluded_at: z.iso.datetime(),
      question_count: z.number().int(),
      participation,
    }),
  ),
});

const counted = z.object({ count: z.number().int() });

export const staffDashboard = z.object({
  staff_info: z.object({
    name: z.string(),
    email: z.string(),
    role: z.string(),
    occupation: z.string().nullable(),
    is_user_verified: z.boolean(),
    is_email_verified: z.boolean(),
    is_active: z.boolean(),
    date_joined: z.iso.datetime(),
  }),
  candidates: z.object({
    total: z.number().int(),
    active: z.number().int(),
    verified: z.number().int(),
    recent_registrations: z.number().int(),
    by_role: z.object({ screening: counted, league: counted, final: counted, winner: counted }),
    verification_rate: z.number(),
  }),
  exams: z.object({ total: z.number().int(), active: z.number().int(), recent: z.number().int() }),
  questions: z.object({
    total: z.number().int(),
    by_difficulty: z.object({ easy: counted, moderate: counted, hard: counted }),
  }),
  scores: z.object({
    total_submissions: z.number().int(),
    recent_submissions: z.number().int(),
    average_score: z.number().nullable(),
    highest_score: z.number().nullable(),
  }),
  upcoming_exams: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      scheduled_date: z.iso.datetime(),
      is_active: z.boolean(),
      stage: z.string(),
      question_count: z.number().int(),
      countdown_minutes: z.number().int(),
    }),
  ),
});

/** GET /stats/overview/: people by type and role, verification, exams by status, scores. */
export const statsOverview = z.object({
  generated_at: z.iso.datetime(),
  users: z.object({
    total: z.number().int(),
    active: z.number().int(),
    candidates: z.object({
      total: z.number().int(),
      verified: z.number().int(),
      by_role: z.record(z.string(), z.number().int()),
    }),
    staff: z
      .object({
        total: z.number().int(),
        verified: z.number().int(),
        by_role: z.record(z.string(), z.number().int()),
      })
      .nullable(),
  }),
  verification: z.object({
    pending: z.number().int(),
    approved: z.number().int(),
    rejected: z.number().int(),
  }),
  exams: z.object({
    total: z.number().int(),
    by_status: z.object({
      draft: z.number().int(),
      cancelled: z.number().int(),
      scheduled: z.number().int(),
      ongoing: z.number().int(),
      concluded: z.number().int(),
    }),
  }),
  scores: z.object({
    total_submissions: z.number().int(),
    recent_submissions: z.number().int(),
    average_score: z.number().nullable(),
    highest_score: z.number().nullable(),
  }),
});
