// Published leaderboards (CONTRACT §9): a snapshot is one publish, written whole in one transaction,
// holding a board for every concluded exam and every board's ranked entries. Boards are read from
// the snapshot, never recomputed per request; a rescore after publication changes the next
// snapshot, not this one.
import { sql } from "drizzle-orm";
import {
  boolean,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { answerOptionEnum, examStageEnum, exams } from "./exams";
import { users } from "./users";

export const leaderboardSnapshots = pgTable("leaderboard_snapshots", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
  publishedById: uuid("published_by_id").references(() => users.id, { onDelete: "set null" }),
  boardCount: integer("board_count").notNull(),
  entryCount: integer("entry_count").notNull(),
});

/** One exam's board in a snapshot. `isShown`: the board its stage and level show by default. */
export const leaderboardBoards = pgTable(
  "leaderboard_boards",
  {
    snapshotId: integer("snapshot_id")
      .notNull()
      .references(() => leaderboardSnapshots.id, { onDelete: "cascade" }),
    examId: integer("exam_id")
      .notNull()
      .references(() => exams.id, { onDelete: "cascade" }),
    stage: examStageEnum("stage").notNull(),
    level: integer("level").notNull(),
    examTitle: text("exam_title").notNull(),
    scheduledDate: timestamp("scheduled_date", { withTimezone: true }),
    concludedAt: timestamp("concluded_at", { withTimezone: true }).notNull(),
    totalQuestions: integer("total_questions").notNull(),
    totalCandidates: integer("total_candidates").notNull(),
    averageScore: numeric("average_score", { precision: 5, scale: 2, mode: "number" }),
    isShown: boolean("is_shown").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.snapshotId, table.examId] }),
    index("leaderboard_boards_stage_level_idx").on(table.snapshotId, table.stage, table.level),
  ],
);

/**
 * One candidate's place on a board. `position` is the order shown (1…n); `rank` is shared by equal
 * score and time (1, 1, 3); `decidedBy` says what separated the entry from the one above it:
 * `top` (first), `score`, `time_used`, or `submitted_at` (same score and time: same rank, listed
 * after because submitted later).
 */
export const leaderboardEntries = pgTable(
  "leaderboard_entries",
  {
    snapshotId: integer("snapshot_id")
      .notNull()
      .references(() => leaderboardSnapshots.id, { onDelete: "cascade" }),
    examId: integer("exam_id").notNull(),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    rank: integer("rank").notNull(),
    score: numeric("score", { precision: 5, scale: 2, mode: "number" }).notNull(),
    timeUsedSeconds: integer("time_used_seconds"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    decidedBy: text("decided_by").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.snapshotId, table.examId, table.position] }),
    index("leaderboard_entries_candidate_idx").on(
      table.snapshotId,
      table.examId,
      table.candidateId,
    ),
    index("leaderboard_entries_candidate_latest_idx").on(
      table.candidateId,
      sql`${table.snapshotId} desc`,
    ),
  ],
);

/**
 * A board's questions and answer key as they were at publication, so a candidate's performance on
 * a published board keeps agreeing with its score when a question is corrected and rescored later
 * (the next publish shows the new key).
 */
export const leaderboardBoardQuestions = pgTable(
  "leaderboard_board_questions",
  {
    snapshotId: integer("snapshot_id").notNull(),
    examId: integer("exam_id").notNull(),
    position: integer("position").notNull(),
    questionId: integer("question_id").notNull(),
    text: text("text").notNull(),
    optionA: text("option_a").notNull(),
    optionB: text("option_b").notNull(),
    optionC: text("option_c").notNull(),
    optionD: text("option_d").notNull(),
    correctAnswer: answerOptionEnum("correct_answer").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.snapshotId, table.examId, table.questionId] }),
    foreignKey({
      columns: [table.snapshotId, table.examId],
      foreignColumns: [leaderboardBoards.snapshotId, leaderboardBoards.examId],
    }).onDelete("cascade"),
  ],
);
