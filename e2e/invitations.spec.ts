// Invitations end to end: a manager invites a new person to an open exam from the exam page; the
// person opens the emailed link, chooses a password, lands on the exam signed in, takes it and
// submits; the manager sees the invitation as taken.
import { expect, test } from "@playwright/test";
import { createOpenExam } from "./exam-fixtures";
import { expectAccessible, signIn } from "./support";

test("a manager invites a person who sets a password and takes the exam", async ({
  browser,
  page,
  request,
}) => {
  const exam = await createOpenExam(request, {
    title: `Invited exam ${Date.now()}`,
    questionCount: 2,
  });
  const email = `invitee.${Date.now()}@example.com`;

  await signIn(page, "manager@demo.example.com");
  await page.goto(`/admin/exams/${exam.id}/invitations`);
  await expect(page.getByText("Nobody has been invited to this exam yet.")).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("First name").fill("Ifeoma");
  await page.getByLabel("Last name").fill("Nwosu");
  await page.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(page.getByTestId("invite-results")).toContainText(
    "Invited: the link is on its way.",
  );
  const row = page.getByTestId("invitation-row").filter({ hasText: email });
  await expect(row).toContainText("Invited");
  await expectAccessible(page);

  const mailbox = await request.get(`/api/dev/mailbox/?to=${encodeURIComponent(email)}`);
  const { results } = (await mailbox.json()) as { results: { subject: string; text: string }[] };
  const link = /https?:\/\/[^\s]+\/invitations\/[A-Za-z0-9_-]+/.exec(results[0]?.text ?? "")?.[0];
  expect(link, "the invitation email carries a link").toBeTruthy();

  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(new URL(link!).pathname);
  await expect(invitee.getByRole("heading", { name: "Your invitation" })).toBeVisible();
  await expect(invitee.getByText(exam.title)).toBeVisible();
  await expectAccessible(invitee);
  await invitee.getByLabel("New password", { exact: true }).fill("Invited-Person-2026");
  await invitee.getByLabel("Repeat the new password").fill("Invited-Person-2026");
  await invitee.getByRole("button", { name: "Set my password and go to the exam" }).click();
  // Signed in, on the exam's start page.
  await expect(invitee).toHaveURL(new RegExp(`/exams/${exam.id}/take$`));
  await invitee.getByRole("button", { name: "Begin" }).click();
  await expect(invitee.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible();
  await invitee.keyboard.press(exam.questions[0]!.correct_answer.toLowerCase());
  await expect(invitee.getByTestId("save-receipt")).toContainText("Saved ✓");
  await invitee.getByRole("button", { name: "Submit", exact: true }).click();
  await invitee.getByRole("dialog").getByRole("button", { name: "Submit now" }).click();
  await expect(invitee).toHaveURL(new RegExp(`/exams/${exam.id}/result$`));

  // The link is spent.
  await invitee.goto(new URL(link!).pathname);
  await expect(invitee.getByText("This invitation link is no longer valid")).toBeVisible();

  await page.reload();
  await expect(row).toContainText("Exam taken");
  await inviteeContext.close();
});
