// The realtime slice in the browser: a candidate's result page is open; staff record the score
// through the API; the page shows it without a reload and without polling (the local
// Pusher-protocol server pushes `score_recorded`, and the page's result query is invalidated).
import { expect, test } from "@playwright/test";
import { createOpenExam } from "./exam-fixtures";
import { apiHeadersAs, signIn } from "./support";

const candidateEmail = "final.candidate@demo.example.com";

test("the result page shows a score recorded by staff without a reload", async ({
  page,
  request,
}) => {
  const exam = await createOpenExam(request, {
    title: `Realtime result ${Date.now()}`,
    questionCount: 1,
  });
  const me = await request.get("/api/v1/auth/me/", {
    headers: await apiHeadersAs(request, candidateEmail),
  });
  expect(me.status()).toBe(200);
  const candidateId = ((await me.json()) as { id: string }).id;

  await signIn(page, candidateEmail);
  await page.goto(`/exams/${exam.id}/result`);
  await expect(page.getByTestId("exam-result")).toHaveAttribute("data-status", "not_submitted");
  await expect(page.getByTestId("exam-score")).toHaveCount(0);
  // Subscribed to the candidate's private channel (authorized by /api/v1/realtime/auth/).
  await expect(page.locator("main#main")).toHaveAttribute("data-realtime", "connected");

  // From here on: no navigation, and no request for the result except the one the push causes.
  let navigations = 0;
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
  const resultReads: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().includes(`/exams/${exam.id}/result`)) {
      resultReads.push(request.url());
    }
  });
  await page.waitForTimeout(1_500);
  expect(resultReads, "the page does not poll while realtime is connected").toEqual([]);

  const recorded = await request.put(`/api/v1/exams/${exam.id}/submit-exam-score/`, {
    headers: await apiHeadersAs(request, "admin@demo.example.com"),
    data: { candidate_id: candidateId, score: 77.5 },
  });
  expect(recorded.status(), await recorded.text()).toBe(200);

  await expect(page.getByTestId("exam-score")).toHaveText("77.50%");
  await expect(page.getByTestId("result-status")).toHaveText("Scored by staff");
  await expect(page.getByTestId("exam-result")).toContainText(
    "This score was entered by the exam staff.",
  );
  expect(navigations).toBe(0);
  expect(resultReads).toHaveLength(1);
});
