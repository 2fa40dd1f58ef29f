// PUT/PATCH /exams/{id}/ (admin+): edit an exam; what is locked once it has opened or has
// attempts is refused with the reason, and a moved window moves its events.
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { examAttempts, exams } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { ApiError } from "@/lib/errors";
import type { ExamPatch } from "./schemas";
import { type ExamRow } from "./shape";
import { examStatus, windowClose } from "./status";
import { publishWindowEvents } from "./publish-window-events";
import { loadExam, lockExam } from "./load-exam";
import { linkedQuestionIds, checkQuestionIds, linkQuestions } from "./exam-parts";

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
  requirePermission(ctx, "exams:manage");
  await loadExam(ctx, input.id); // 404 before anything else
  const changes = input.changes;
  const ids = changes.questions ? await checkQuestionIds(ctx, changes.questions) : undefined;
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const exam = await lockExam(tx, input.id);
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
        resultRedirectUrl: changes.result_redirect_url,
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
