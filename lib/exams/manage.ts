// Staff management of exams (admin+): list, create, read, update, soft-delete, duplicate.
// Status is computed from the injected clock; deleted exams (deletedAt) are invisible everywhere.
import {
  and,
  asc,
  avg,
  count,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  sql,
  type SQL,
} from "drizzle-orm";
import type { z } from "zod";
import { examAttempts, examQuestions, examScores, exams, questions, users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { ApiError, Conflict, Invalid, NotFound } from "@/lib/errors";
import { pageRequest, paginate } from "@/lib/http/pagination";
import { questionPoolData } from "@/lib/questions/pool-data";
import { questionContent } from "@/lib/questions/question-content";
import type { ExamBody, ExamPatch, examDetailQuery, listExamsQuery } from "./schemas";
import { examCoreFields, round2, staffRef, type ExamRow } from "./shape";
import { examStatus, windowClose } from "./status";
import { publishWindowEvents } from "./publish-window-events";

const questionPageSize = 10;

export async function loadExam(ctx: Context, id: number): Promise<ExamRow> {
  const [exam] = await ctx.db
    .select()
    .from(exams)
    .where(and(eq(exams.id, id), isNull(exams.deletedAt)))
    .limit(1);
  if (!exam) throw new NotFound("Exam not found.");
  return exam;
}

/** GET /exams/: newest scheduled first, drafts (no scheduled_date) last, then newest id. */
export async function listExams({
  ctx,
  query,
  url,
}: {
  ctx: Context;
  query: z.output<typeof listExamsQuery>;
  url: URL;
}) {
  const conditions: (SQL | undefined)[] = [isNull(exams.deletedAt)];
  if (query.stage) conditions.push(eq(exams.stage, query.stage));
  if (query.active !== undefined) conditions.push(eq(exams.isActive, query.active));
  if (query.date_from) conditions.push(gte(exams.scheduledDate, query.date_from.at));
  if (query.date_to) {
    // A bare date includes the whole of that (UTC) day.
    conditions.push(
      query.date_to.dateOnly
        ? lt(exams.scheduledDate, new Date(query.date_to.at.getTime() + 86_400_000))
        : lte(exams.scheduledDate, query.date_to.at),
    );
  }
  const where = and(...conditions);
  const page = pageRequest(query);
  const [rows, [total], pool] = await Promise.all([
    ctx.db
      .select()
      .from(exams)
      .where(where)
      .orderBy(sql`${exams.scheduledDate} desc nulls last`, desc(exams.id))
      .limit(page.pageSize)
      .offset(page.offset),
    ctx.db.select({ value: count() }).from(exams).where(where),
    questionPoolData(ctx),
  ]);
  const counts = await questionCounts(
    ctx,
    rows.map((row) => row.id),
  );
  const now = ctx.clock.now();
  const items = rows.map((exam) => {
    const core = examCoreFields(exam, now);
    return {
      id: core.id,
      title: core.title,
      stage: core.stage,
      level: core.level,
      stage_display: core.stage_display,
      question_count: counts.get(exam.id) ?? 0,
      created_at: exam.createdAt.toISOString(),
      scheduled_date: core.scheduled_date,
      status: core.status,
      concluded_at: core.concluded_at,
    };
  });
  return { question_pool_data: pool, ...paginate(items, total?.value ?? 0, page, url) };
}

async function questionCounts(ctx: Context, examIds: number[]) {
  if (examIds.length === 0) return new Map<number, number>();
  const rows = await ctx.db
    .select({ examId: examQuestions.examId, value: count() })
    .from(examQuestions)
    .innerJoin(questions, eq(questions.id, examQuestions.questionId))
    .where(and(inArray(examQuestions.examId, examIds), eq(questions.isArchived, false)))
    .groupBy(examQuestions.examId);
  return new Map(rows.map((row) => [row.examId, row.value]));
}

/** Non-archived question ids of the exam, by position. */
async function linkedQuestionIds(ctx: Context, examId: number) {
  const rows = await ctx.db
    .select({ id: questions.id })
    .from(examQuestions)
    .innerJoin(questions, eq(questions.id, examQuestions.questionId))
    .where(and(eq(examQuestions.examId, examId), eq(questions.isArchived, false)))
    .orderBy(asc(examQuestions.position), asc(questions.id));
  return rows.map((row) => row.id);
}

async function averageScore(ctx: Context, examId: number) {
  const [row] = await ctx.db
    .select({ value: avg(examScores.score) })
    .from(examScores)
    .where(eq(examScores.examId, examId));
  return row?.value == null ? 0 : round2(Number(row.value));
}

async function loadStaff(ctx: Context, id: string | null) {
  if (!id) return null;
  const [user] = await ctx.db.select().from(users).where(eq(users.id, id)).limit(1);
  return staffRef(user);
}

async function examTail(ctx: Context, exam: ExamRow) {
  const [createdBy, updatedBy, average] = await Promise.all([
    loadStaff(ctx, exam.createdById),
    loadStaff(ctx, exam.updatedById),
    averageScore(ctx, exam.id),
  ]);
  return {
    created_by: createdBy,
    updated_by: updatedBy,
    average_score: average,
    created_at: exam.createdAt.toISOString(),
  };
}

/** The create/duplicate representation: questions as a list of ids. */
async function createdShape(ctx: Context, exam: ExamRow) {
  return {
    ...examCoreFields(exam, ctx.clock.now()),
    questions: await linkedQuestionIds(ctx, exam.id),
    ...(await examTail(ctx, exam)),
  };
}

/** GET /exams/{id}/: questions paginated (page_size 10 by default) with this exam's pool data. */
export async function examDetail({
  ctx,
  input,
  url,
}: {
  ctx: Context;
  input: { id: number; query: z.output<typeof examDetailQuery> };
  url: URL;
}) {
  const exam = await loadExam(ctx, input.id);
  const page = pageRequest({
    ...input.query,
    page_size: input.query.page_size ?? input.query.limit ?? questionPageSize,
  });
  const where = and(eq(examQuestions.examId, exam.id), eq(questions.isArchived, false));
  const [rows, [total], pool, tail] = await Promise.all([
    ctx.db
      .select({ question: questions })
      .from(examQuestions)
      .innerJoin(questions, eq(questions.id, examQuestions.questionId))
      .where(where)
      .orderBy(asc(examQuestions.position), asc(questions.id))
      .limit(page.pageSize)
      .offset(page.offset),
    ctx.db
      .select({ value: count() })
      .from(examQuestions)
      .innerJoin(questions, eq(questions.id, examQuestions.questionId))
      .where(where),
    questionPoolData(ctx, exam.id),
    examTail(ctx, exam),
  ]);
  const items = rows.map(({ question }) => questionContent(question));
  return {
    ...examCoreFields(exam, ctx.clock.now()),
    questions: { question_pool_data: pool, ...paginate(items, total?.value ?? 0, page, url) },
    ...tail,
  };
}

/** Duplicates removed (first occurrence kept); every id must be an existing, non-archived question. */
async function checkQuestionIds(ctx: Context, ids: number[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const found = await ctx.db
    .select({ id: questions.id })
    .from(questions)
    .where(and(inArray(questions.id, unique), eq(questions.isArchived, false)));
  const known = new Set(found.map((row) => row.id));
  const bad = unique.filter((id) => !known.has(id));
  if (bad.length > 0) {
    throw new Invalid("Some questions do not exist or are archived.", {
      questions: [`Unknown or archived question ids: ${bad.join(", ")}.`],
    });
  }
  return unique;
}

async function linkQuestions(ctx: Context, examId: number, ids: number[]) {
  await ctx.db.delete(examQuestions).where(eq(examQuestions.examId, examId));
  if (ids.length === 0) return;
  const now = ctx.clock.now();
  await ctx.db
    .insert(examQuestions)
    .values(ids.map((questionId, position) => ({ examId, questionId, position, addedAt: now })));
}

/**
 * POST /exams/. A scheduled_date in the past is allowed (CONTRACT §4): the exam opens at once, or,
 * when its whole window has passed, is concluded at once (an exam held on paper, recorded after).
 */
export async function createExam({ ctx, input }: { ctx: Context; input: ExamBody }) {
  const ids = await checkQuestionIds(ctx, input.questions);
  const now = ctx.clock.now();
  const exam = await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const [row] = await tx
      .insert(exams)
      .values({
        title: input.title,
        stage: input.stage,
        level: input.level,
        description: input.description,
        scheduledDate: input.scheduled_date,
        countdownMinutes: input.countdown_minutes,
        openDurationHours: input.open_duration_hours,
        isActive: input.is_active,
        createdById: ctx.actor.user?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await linkQuestions(txCtx, row!.id, ids);
    await publishWindowEvents(tx, row!, now);
    return row!;
  });
  return createdShape(ctx, exam);
}

const sameIds = (a: number[], b: number[]) =>
  a.length === b.length && a.every((id, index) => id === b[index]);

const locked = (detail: string, errors?: Record<string, string[]>) =>
  new ApiError(409, "exam_in_progress", detail, { errors });

/**
 * PUT (every field) / PATCH (any). Before an exam opens everything may change, and its
 * scheduled_date may lie in the past (it then opens at once, or is concluded at once). Once it has
 * opened (CONTRACT §4) its questions, countdown, stage, level and scheduled_date are fixed (409
 * exam_in_progress); while it is ongoing its window may be extended (a larger
 * open_duration_hours; a smaller one is refused: end it early instead), and the attempts in
 * progress get the later deadline their countdown allows. Once concluded, the window is fixed too.
 * Title, description and is_active stay editable (is_active false cancels it).
 */
export async function updateExam({
  ctx,
  input,
}: {
  ctx: Context;
  input: { id: number; changes: ExamPatch };
}) {
  await loadExam(ctx, input.id); // 404 before anything else
  const changes = input.changes;
  const ids = changes.questions ? await checkQuestionIds(ctx, changes.questions) : undefined;
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    // Locked, then checked: a conclude, an extension or a candidate starting waits for this.
    const [exam] = await tx
      .select()
      .from(exams)
      .where(and(eq(exams.id, input.id), isNull(exams.deletedAt)))
      .for("update");
    if (!exam) throw new NotFound("Exam not found.");
    const currentIds = await linkedQuestionIds({ ...ctx, db: tx }, exam.id);
    const changed = changedFields(exam, changes, ids, currentIds);
    // Timing alone decides (a cancelled exam that had opened may have attempts to keep consistent).
    const status = examStatus({ ...exam, isActive: true }, now);
    let extendedClose: Date | null = null;
    if (status === "ongoing" || status === "concluded") {
      const fixed = changed.filter((field) => field !== "open_duration_hours");
      if (fixed.length > 0) {
        throw locked(
          "This exam has opened: its questions, countdown, stage, level and schedule can no " +
            "longer change.",
          Object.fromEntries(fixed.map((field) => [field, [lockedMessages[field]]])),
        );
      }
      if (changed.includes("open_duration_hours")) {
        const hours = changes.open_duration_hours!;
        if (status === "concluded") {
          throw locked("This exam has concluded: its window can no longer change.", {
            open_duration_hours: ["The exam has concluded: its window can no longer change."],
          });
        }
        if (hours < exam.openDurationHours) {
          throw locked(
            `This exam is open: its window can be extended but not shortened (it is open for ` +
              `${exam.openDurationHours} hours). To close it now, end it early.`,
            {
              open_duration_hours: [
                `At least ${exam.openDurationHours} (the window can only be extended while the exam is open).`,
              ],
            },
          );
        }
        extendedClose = windowClose({ ...exam, openDurationHours: hours });
      }
    }
    await tx
      .update(exams)
      .set({
        title: changes.title,
        stage: changes.stage,
        level: changes.level,
        description: changes.description,
        scheduledDate: changes.scheduled_date,
        countdownMinutes: changes.countdown_minutes,
        openDurationHours: changes.open_duration_hours,
        isActive: changes.is_active,
        updatedById: ctx.actor.user?.id ?? null,
        updatedAt: now,
      })
      .where(eq(exams.id, exam.id));
    if (ids !== undefined && !sameIds(ids, currentIds)) {
      await linkQuestions({ ...ctx, db: tx }, exam.id, ids);
    }
    if (changed.includes("scheduled_date") || changed.includes("open_duration_hours")) {
      const window = {
        ...exam,
        scheduledDate:
          changes.scheduled_date !== undefined ? changes.scheduled_date : exam.scheduledDate,
        openDurationHours: changes.open_duration_hours ?? exam.openDurationHours,
      };
      // An extension of an open exam moves only its close.
      await publishWindowEvents(tx, window, now, { opening: status !== "ongoing" });
    }
    if (extendedClose) {
      // deadline = min(started_at + countdown, window close), with the later close; only for
      // attempts still running (one whose time is up stays up).
      await tx
        .update(examAttempts)
        .set({
          deadline: sql`least(${examAttempts.startedAt} + ${exam.countdownMinutes}::integer * interval '1 minute', ${extendedClose.toISOString()}::timestamptz)`,
        })
        .where(
          and(
            eq(examAttempts.examId, exam.id),
            isNull(examAttempts.submittedAt),
            gt(examAttempts.deadline, now),
          ),
        );
    }
  });
}

type LockableField =
  "scheduled_date" | "countdown_minutes" | "open_duration_hours" | "stage" | "level" | "questions";

const lockedMessages: Record<Exclude<LockableField, "open_duration_hours">, string> = {
  scheduled_date: "The exam has opened: its schedule can no longer change.",
  countdown_minutes: "The exam has opened: the time each candidate has can no longer change.",
  stage: "The exam has opened: its stage can no longer change.",
  level: "The exam has opened: its level can no longer change.",
  questions: "The exam has opened: its questions can no longer change.",
};

/** The fields of `changes` that differ from the exam as stored (what the lock looks at). */
function changedFields(
  exam: ExamRow,
  changes: ExamPatch,
  ids: number[] | undefined,
  currentIds: number[],
): LockableField[] {
  const changed: LockableField[] = [];
  if (
    changes.scheduled_date !== undefined &&
    (changes.scheduled_date?.getTime() ?? null) !== (exam.scheduledDate?.getTime() ?? null)
  ) {
    changed.push("scheduled_date");
  }
  if (
    changes.countdown_minutes !== undefined &&
    changes.countdown_minutes !== exam.countdownMinutes
  ) {
    changed.push("countdown_minutes");
  }
  if (
    changes.open_duration_hours !== undefined &&
    changes.open_duration_hours !== exam.openDurationHours
  ) {
    changed.push("open_duration_hours");
  }
  if (changes.stage !== undefined && changes.stage !== exam.stage) changed.push("stage");
  if (changes.level !== undefined && changes.level !== exam.level) changed.push("level");
  if (ids !== undefined && !sameIds(ids, currentIds)) changed.push("questions");
  return changed;
}

/** DELETE /exams/{id}/: a soft delete; refused while the exam is open. */
export async function deleteExam({ ctx, input }: { ctx: Context; input: { id: number } }) {
  const exam = await loadExam(ctx, input.id);
  if (examStatus(exam, ctx.clock.now()) === "ongoing") {
    throw new Conflict("This exam is open: it cannot be deleted now.", "exam_in_progress");
  }
  const now = ctx.clock.now();
  await ctx.db
    .update(exams)
    .set({ deletedAt: now, updatedAt: now, updatedById: ctx.actor.user?.id ?? null })
    .where(eq(exams.id, exam.id));
}

/** POST /exams/{id}/duplicate/: a draft copy with the same settings and questions. */
export async function duplicateExam({ ctx, input }: { ctx: Context; input: { id: number } }) {
  const source = await loadExam(ctx, input.id);
  const ids = await linkedQuestionIds(ctx, source.id);
  const suffix = " (copy)";
  const now = ctx.clock.now();
  const copy = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(exams)
      .values({
        title: `${source.title.slice(0, 200 - suffix.length)}${suffix}`,
        stage: source.stage,
        level: source.level,
        description: source.description,
        scheduledDate: null,
        countdownMinutes: source.countdownMinutes,
        openDurationHours: source.openDurationHours,
        isActive: source.isActive,
        resultRedirectUrl: source.resultRedirectUrl,
        createdById: ctx.actor.user?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await linkQuestions({ ...ctx, db: tx }, row!.id, ids);
    return row!;
  });
  return createdShape(ctx, copy);
}
