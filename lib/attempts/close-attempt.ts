// Closing attempts: the one place an attempt becomes submitted. Every close — the candidate's
// submit, a late submit recorded at the deadline, the deadline sweep, an exam ended early, a
// resume past deadline + grace — sets submitted_at and submission_kind only on attempts still
// open, and publishes exam/attempt.submitted for each one it closed, in the caller's transaction.
import { and, isNull, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { examAttempts } from "@/db/schema";
import { publishEvent } from "@/lib/jobs/publish-event";

export type AttemptClose = {
  /** When it counts as submitted: a time, or an SQL value that may read the row (its deadline). */
  submittedAt: Date | SQL;
  kind: "candidate" | "auto";
  /** A new deadline, when the close also cuts the attempt short (an exam ended early). */
  deadline?: SQL;
};

/** Close the attempts `which` selects that are still open; how many it closed. */
export async function closeAttempts(
  tx: Executor,
  which: SQL,
  close: AttemptClose,
): Promise<number> {
  const rows = await tx
    .update(examAttempts)
    .set({
      submittedAt: close.submittedAt,
      submissionKind: close.kind,
      ...(close.deadline ? { deadline: close.deadline } : {}),
    })
    .where(and(which, isNull(examAttempts.submittedAt)))
    .returning({
      id: examAttempts.id,
      examId: examAttempts.examId,
      candidateId: examAttempts.candidateId,
    });
  for (const row of rows) {
    await publishEvent(tx, {
      name: "exam/attempt.submitted",
      data: {
        attemptId: row.id,
        examId: row.examId,
        candidateId: row.candidateId,
        kind: close.kind,
      },
    });
  }
  return rows.length;
}
