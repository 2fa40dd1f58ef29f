// The candidate's way on to the integrator: once scored, the result page's read carries a link to
// the exam's result_redirect_url with a fresh result token (its own query kept), which the public
// API then reads back; no link before a score or without a redirect URL.
import { describe, expect, it } from "vitest";
import * as resultRoute from "@/app/api/v1/public/results/[token]/route";
import { examScores } from "@/db/schema";
import { getExamResult } from "@/lib/results/get-exam-result";
import {
  advance,
  at,
  contextAs,
  createExam,
  examWithQuestions,
  minutes,
  useAttemptsSuite,
} from "../attempts/support";
import { createKey } from "../support/factories";
import { call } from "../support/http";

const suite = useAttemptsSuite();
const redirect = "https://portal.example.com/after?school=7";

async function recordScore(examId: number, candidateId: string, attemptId: string | null) {
  await suite.db.insert(examScores).values({
    examId,
    candidateId,
    attemptId,
    score: 80,
    correctCount: 4,
    questionCount: 5,
    autoScore: attemptId !== null,
    recordedAt: at(),
    updatedAt: at(),
  });
}

const readResult = (user: { id: string; role: string }, examId: number) =>
  getExamResult({ ctx: contextAs(suite.db, user, at), input: { examId } });

describe("the result page's continue link", () => {
  it("appears once scored, keeps the URL's query, and its token reads the result back", async () => {
    const { exam } = await examWithQuestions(suite.db, 2, { resultRedirectUrl: redirect });
    const taker = await suite.startedCandidate(exam.id);

    const before = await readResult(taker.user, exam.id);
    expect(before.continue_to).toBeNull();

    await recordScore(exam.id, taker.user.id, taker.attemptId);
    const after = await readResult(taker.user, exam.id);
    expect(after.continue_to).not.toBeNull();
    expect(after.continue_to!.host).toBe("portal.example.com");
    const href = new URL(after.continue_to!.href);
    expect(`${href.origin}${href.pathname}`).toBe("https://portal.example.com/after");
    expect(href.searchParams.get("school")).toBe("7");
    const token = href.searchParams.get("result")!;
    expect(token).toBeTruthy();

    const key = (await createKey(suite.db, ["results:read"])).key;
    const read = await call(resultRoute.GET, { params: { token }, headers: { "x-api-key": key } });
    expect(read.status, read.text).toBe(200);
    expect(read.data).toMatchObject({
      exam: { id: exam.id },
      candidate: { id: taker.user.id },
      score: 80,
      correct_count: 4,
      question_count: 5,
    });

    // Each read issues a fresh token; the one on a page left open stops working after 15 minutes.
    advance(minutes(15));
    const expired = await call(resultRoute.GET, {
      params: { token },
      headers: { "x-api-key": key },
    });
    expect(expired.status).toBe(400);
    expect(expired.data.code).toBe("invalid_result_token");
    const again = await readResult(taker.user, exam.id);
    const fresh = new URL(again.continue_to!.href).searchParams.get("result")!;
    const reread = await call(resultRoute.GET, {
      params: { token: fresh },
      headers: { "x-api-key": key },
    });
    expect(reread.status).toBe(200);
  });

  it("links a score entered by staff without an attempt too", async () => {
    const exam = await createExam(suite.db, { resultRedirectUrl: redirect });
    const candidate = await suite.candidate();
    await recordScore(exam.id, candidate.id, null);
    const result = await readResult(candidate, exam.id);
    expect(result.status).toBe("scored_by_staff");
    expect(result.continue_to?.href).toMatch(
      /^https:\/\/portal\.example\.com\/after\?school=7&result=/,
    );
  });

  it("gives no link when the exam has no redirect URL", async () => {
    const { exam } = await examWithQuestions(suite.db, 1);
    const taker = await suite.startedCandidate(exam.id);
    await recordScore(exam.id, taker.user.id, taker.attemptId);
    const result = await readResult(taker.user, exam.id);
    expect(result.score).toBe(80);
    expect(result.continue_to).toBeNull();
  });
});
