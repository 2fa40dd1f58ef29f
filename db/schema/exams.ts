// The question bank, exams, candidates' attempts and their answers, and scores (CONTRACT §4).
// Questions and exams have the spec's integer ids; attempts are uuids. Exam status is never
// stored: it is computed from scheduled_date, open_duration_hours, ended_early_at and is_active.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./users";

export const difficultyEnum = pgEnum("question_difficulty", ["easy", "moderate", "hard"]);
export const examStageEnum = pgEnum("exam_stage", ["screening", "league", "final"]);
export const answerOptionEnum = pgEnum("answer_option", ["A", "B", "C", "D"]);
export const submissionKindEnum = pgEnum("submission_kind", ["candidate", "auto"]);

export const questions = pgTable(
  "questions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    text: text("text").notNull(),
    optionA: text("option_a").notNull(),
    optionB: text("option_b").notNull(),
    optionC: text("option_c").notNull(),
    optionD: text("option_d").notNull(),
    correctAnswer: answerOptionEnum("correct_answer").notNull(),
    difficulty: difficultyEnum("difficulty").notNull(),
    // Deleting a question archives it: it leaves lists, pool counts, take-exam and denominators.
    isArchived: boolean("is_archived").notNull().default(false),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    updatedById: uuid("updated_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("questions_archived_difficulty_idx").on(table.isArchived, table.difficulty)],
);

export const exams = pgTable(
  "exams",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    title: text("title").notNull(),
    stage: examStageEnum("stage").notNull(),
    level: integer("level").notNull().default(1),
    description: text("description").notNull().default(""),
    // Null means draft: not scheduled yet.
    scheduledDate: timestamp("scheduled_date", { withTimezone: true }),
    countdownMinutes: integer("countdown_minutes").notNull(),
    openDurationHours: integer("open_duration_hours").notNull(),
    // Set when an admin ends the exam early (POST /exams/{id}/conclude/): the window closed then.
    endedEarlyAt: timestamp("ended_early_at", { withTimezone: true }),
    isActive: boolean("is_active").notNull().default(true),
    // Integrators (CONTRACT §6): the result page links here with ?result=<token>.
    resultRedirectUrl: text("result_redirect_url"),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    updatedById: uuid("updated_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    // DELETE keeps exams that have attempts or scores (records stay consistent): it hides them.
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (table) => [index("exams_stage_scheduled_idx").on(table.stage, table.scheduledDate)],
);

export const examQuestions = pgTable(
  "exam_questions",
  {
    examId: integer("exam_id")
      .notNull()
      .references(() => exams.id, { onDelete: "cascade" }),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.examId, table.questionId] }),
    index("exam_questions_question_idx").on(table.questionId),
  ],
);

/** A candidate's single attempt at an exam, timed by the server. */
export const examAttempts = pgTable(
  "exam_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    examId: integer("exam_id")
      .notNull()
      .references(() => exams.id, { onDelete: "cascade" }),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    // min(started_at + countdown, window close), fixed when the attempt starts.
    deadline: timestamp("deadline", { withTimezone: true }).notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submissionKind: submissionKindEnum("submission_kind"),
    scoredAt: timestamp("scored_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("exam_attempts_exam_candidate_unique").on(table.examId, table.candidateId),
    // The auto-submit sweep reads open attempts by deadline; the scoring sweep unscored ones.
    index("exam_attempts_open_deadline_idx")
      .on(table.deadline)
      .where(sql`${table.submittedAt} is null`),
    index("exam_attempts_unscored_idx")
      .on(table.submittedAt)
      .where(sql`${table.submittedAt} is not null and ${table.scoredAt} is null`),
  ],
);

/** One saved answer per (attempt, question); a write with a lower seq never overwrites. */
export const attemptAnswers = pgTable(
  "attempt_answers",
  {
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => examAttempts.id, { onDelete: "cascade" }),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    // "" is an explicit "no answer" (the spec allows it).
    selectedOption: text("selected_option").notNull(),
    seq: bigint("seq", { mode: "number" }).notNull().default(0),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.attemptId, table.questionId] })],
);

/** A candidate's score on an exam: automatic (from the attempt) or entered by staff. */
export const examScores = pgTable(
  "exam_scores",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    examId: integer("exam_id")
      .notNull()
      .references(() => exams.id, { onDelete: "cascade" }),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    attemptId: uuid("attempt_id").references(() => examAttempts.id, { onDelete: "set null" }),
    score: numeric("score", { precision: 5, scale: 2, mode: "number" }).notNull(),
    autoScore: boolean("auto_score").notNull(),
    correctCount: integer("correct_count"),
    questionCount: integer("question_count"),
    timeUsedSeconds: integer("time_used_seconds"),
    submittedById: uuid("submitted_by_id").references(() => users.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex("exam_scores_exam_candidate_unique").on(table.examId, table.candidateId),
    index("exam_scores_candidate_idx").on(table.candidateId),
  ],
);
