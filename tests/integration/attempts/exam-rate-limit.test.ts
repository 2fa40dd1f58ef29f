// Exam taking has its own bucket per candidate and exam (CONTRACT §7): a candidate answering
// quickly is not throttled by the general per-user limit, and one exam's bucket is not another's.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.RATE_LIMIT_USER_PER_SECOND = "1000";
  process.env.RATE_LIMIT_USER_PER_10_SECONDS = "4";
  process.env.RATE_LIMIT_USER_PER_MINUTE = "1000";
  process.env.RATE_LIMIT_EXAM_PER_10_SECONDS = "8";
});

import * as meRoute from "@/app/api/v1/auth/me/route";
import { createRateLimiter, useRateLimiter } from "@/lib/http/rate-limit";
import { call } from "../support/http";
import { examWithQuestions, putAnswer, takeExam, useAttemptsSuite } from "./support";

const suite = useAttemptsSuite();
beforeAll(() => useRateLimiter(createRateLimiter({ backend: "memory" })));
afterAll(() => useRateLimiter(undefined));

describe("the exam bucket", () => {
  it("lets a candidate answer past the per-user limit, up to the exam's own, per exam", async () => {
    const first = await examWithQuestions(suite.db, 8);
    const second = await examWithQuestions(suite.db, 2);
    const user = await suite.candidate();
    const headers = await suite.headersFor(user.id);
    expect((await takeExam(first.exam.id, headers)).status).toBe(200);
    const statuses = [];
    for (const [index, question] of first.questions.slice(0, 7).entries()) {
      const saved = await putAnswer(first.exam.id, question.id, headers, {
        selected_option: "A",
        seq: index + 1,
      });
      statuses.push(saved.status);
    }
    // take-exam + 7 answers = 8 calls in this exam's bucket, twice the per-user limit of 4.
    expect(statuses).toEqual(Array(7).fill(200));
    const over = await putAnswer(first.exam.id, first.questions[7]!.id, headers, {
      selected_option: "A",
      seq: 1,
    });
    expect([over.status, over.data.code]).toEqual([429, "throttle_exceeded"]);
    expect(over.headers.get("retry-after")).not.toBeNull();
    // Another exam has its own bucket; other routes use the per-user one, still untouched.
    expect((await takeExam(second.exam.id, headers)).status).toBe(200);
    expect((await call(meRoute.GET, { headers })).status).toBe(200);
  });
});
