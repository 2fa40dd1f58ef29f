// Leaderboards: the ranking rule (score, then time used, then submission; equal score and time
// share a rank; manual scores alike), snapshots (whole, stable after a rescore, two at once),
// visibility per role, the spec's shapes, and bad input as 4xx.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import * as candidateRoute from "@/app/api/v1/leaderboard/[stage]/[level]/candidate/[candidateId]/route";
import * as candidateRecordsRoute from "@/app/api/v1/candidates/[id]/route";
import * as publishRoute from "@/app/api/v1/leaderboard/publish/route";
import * as leaderboardRoute from "@/app/api/v1/leaderboard/route";
import {
  eventOutbox,
  exams,
  examScores,
  jobRuns,
  leaderboardEntries,
  leaderboardSnapshots,
  questions as questionsTable,
} from "@/db/schema";
import { buildLeaderboardSnapshotFunction } from "@/inngest/functions/leaderboards/build-leaderboard-snapshot";
import { InProcessRunner } from "@/lib/jobs/in-process-runner";
import { publishLeaderboard } from "@/lib/leaderboards/publish-leaderboard";
import { call } from "../support/http";
import { manual, scored } from "./support";
import {
  contextAs,
  examWithQuestions,
  hours,
  minutes,
  T0,
  useAttemptsSuite,
} from "../attempts/support";

const suite = useAttemptsSuite();

// Boards cover every concluded exam, so each test starts from no exams and no snapshots, and from
// an empty queue (a publish asked for by an earlier test must not run in a later one).
beforeEach(async () => {
  await suite.db.delete(leaderboardSnapshots);
  await suite.db.delete(exams);
  await suite.db.delete(jobRuns);
  await suite.db.delete(eventOutbox);
});

/** A concluded exam (closed an hour before T0) with `n` questions. */
const concludedExam = (overrides: Parameters<typeof examWithQuestions>[2] = {}, n = 4) =>
  examWithQuestions(suite.db, n, {
    scheduledDate: new Date(T0.getTime() - hours(5)),
    openDurationHours: 4,
    ...overrides,
  });

const leagueCandidate = (name: string) =>
  suite.candidate({ role: "league", firstName: name, lastName: "L", school: `${name} School` });

async function asAdmin() {
  const admin = await suite.candidate({ userType: "staff", role: "admin" });
  return { admin, headers: await suite.headersFor(admin.id) };
}

const board = (headers: Record<string, string>, query: string) =>
  call(leaderboardRoute.GET, { headers, path: `/api/v1/leaderboard/${query}` });

const performance = (
  headers: Record<string, string>,
  params: { stage: string; level: string; candidateId: string },
) => call(candidateRoute.GET, { headers, params, path: "/api/v1/leaderboard/x/" });

/** Six league candidates whose order exercises every step of the rule. */
async function rankedBoard() {
  const { exam, questions } = await concludedExam({ stage: "league", level: 2 });
  const people = {
    chidi: await leagueCandidate("Chidi"),
    ada: await leagueCandidate("Ada"),
    bola: await leagueCandidate("Bola"),
    dayo: await leagueCandidate("Dayo"),
    efe: await leagueCandidate("Efe"),
    femi: await leagueCandidate("Femi"),
  };
  await scored(suite.db, exam.id, people.ada.id, 90, 300, minutes(50), [
    { questionId: questions[0]!.id, option: "A" },
    { questionId: questions[1]!.id, option: "C" },
  ]);
  await scored(suite.db, exam.id, people.bola.id, 90, 300, minutes(40)); // same score and time, later
  await scored(suite.db, exam.id, people.chidi.id, 90, 200, minutes(30)); // same score, less time
  await scored(suite.db, exam.id, people.efe.id, 80, 500, minutes(20));
  await manual(suite.db, exam.id, people.dayo.id, 80, minutes(10)); // paper: no time, after Efe
  await scored(suite.db, exam.id, people.femi.id, 70, 100, minutes(5));
  return { exam, questions, people };
}

describe("the ranking rule", () => {
  it("orders by score, then time used, then submission; equal score and time share a rank", async () => {
    const { exam, people } = await rankedBoard();
    const { admin, headers } = await asAdmin();
    const published = await publishLeaderboard({
      ctx: contextAs(suite.db, { ...admin, userType: "staff" }),
      input: { requestedById: admin.id },
    });
    expect(published).toMatchObject({ boardCount: 1, entryCount: 6 });

    const response = await board(headers, "?stage=league&level=2");
    expect(response.status).toBe(200);
    const entries = [...response.data.top_three, ...response.data.remaining_candidates];
    expect(
      entries.map((entry: { candidate: { id: string }; rank: number; decided_by: string }) => [
        entry.candidate.id,
        entry.rank,
        entry.decided_by,
      ]),
    ).toEqual([
      [people.chidi.id, 1, "top"],
      [people.ada.id, 2, "time_used"],
      [people.bola.id, 2, "submitted_at"],
      [people.efe.id, 4, "score"],
      [people.dayo.id, 5, "time_used"],
      [people.femi.id, 6, "score"],
    ]);
    expect(response.data.exam_details).toMatchObject({
      id: exam.id,
      stage: "league",
      level: 2,
      total_questions: 4,
      total_candidates: 6,
      average_score: 83.33,
    });
    expect(response.data.top_three[0]).toMatchObject({
      score: 90,
      time_used: 200,
      candidate: { full_name: "Chidi L", school: "Chidi School" },
    });
    expect(response.data.top_three[2].decided_by_text).toMatch(/same rank, submitted later/);
    expect(response.data.ranking_rule).toMatch(/less time used/);
    expect(response.data.pagination).toMatchObject({ count: 3, page: 1, has_next: false });
    expect(response.data.viewer_entry).toBeNull();
    const femi = await board(await suite.headersFor(people.femi.id), "?stage=league&level=2");
    expect(femi.data.viewer_entry).toEqual({ rank: 6, position: 6, page: 1 });
  });

  it("pages the entries after the top three, the viewer's page included", async () => {
    const { people } = await rankedBoard();
    const { admin } = await asAdmin();
    await publishLeaderboard({
      ctx: contextAs(suite.db, { ...admin, userType: "staff" }),
      input: { requestedById: admin.id },
    });
    const femi = await suite.headersFor(people.femi.id);
    const ids = (response: { data: Record<string, unknown> }) =>
      (response.data.remaining_candidates as { candidate: { id: string } }[]).map(
        (entry) => entry.candidate.id,
      );

    const first = await board(femi, "?stage=league&level=2&page_size=2");
    expect(ids(first)).toEqual([people.efe.id, people.dayo.id]);
    expect(first.data.pagination).toMatchObject({ count: 3, page: 1, has_next: true });
    expect(first.data.viewer_entry).toEqual({ rank: 6, position: 6, page: 2 });
    const second = await board(femi, "?stage=league&level=2&page_size=2&page=2");
    expect(ids(second)).toEqual([people.femi.id]);
    expect(second.data.pagination).toMatchObject({ page: 2, has_next: false });
    expect(second.data.top_three).toHaveLength(3);
    expect((await board(femi, "?stage=league&level=2&page_size=2&page=3")).status).toBe(404);
  });

  it("publishes the event in the same transaction, and an empty snapshot when nothing concluded", async () => {
    const { admin } = await asAdmin();
    const ctx = contextAs(suite.db, { ...admin, userType: "staff" });
    await examWithQuestions(suite.db, 2); // ongoing at T0: no board
    const published = await publishLeaderboard({ ctx, input: { requestedById: admin.id } });
    expect(published).toMatchObject({ boardCount: 0, entryCount: 0 });
    const events = await suite.db
      .select()
      .from(eventOutbox)
      .where(eq(eventOutbox.name, "leaderboard/published"));
    expect(events.map((event) => event.data)).toContainEqual(
      expect.objectContaining({ snapshotId: published.snapshotId, boardCount: 0 }),
    );
  });
});

describe("the candidate's records", () => {
  it("carry the rank on the latest published board, none before a publish", async () => {
    const { people } = await rankedBoard();
    const { admin, headers } = await asAdmin();
    const records = () =>
      call(candidateRecordsRoute.GET, { headers, params: { id: people.bola.id } });
    const before = await records();
    expect(before.data.records.performance.stats.leaderboard_ranking).toEqual({
      current_rank: null,
      total_candidates: 0,
    });
    await publishLeaderboard({
      ctx: contextAs(suite.db, { ...admin, userType: "staff" }),
      input: { requestedById: admin.id },
    });
    const after = await records();
    expect(after.data.records.performance.stats.leaderboard_ranking).toEqual({
      current_rank: 2,
      total_candidates: 6,
    });
  });
});

describe("snapshots", () => {
  it("stay as published when a score changes; the next publish shows the change", async () => {
    const { exam, people } = await rankedBoard();
    const { admin, headers } = await asAdmin();
    const ctx = contextAs(suite.db, { ...admin, userType: "staff" });
    const first = await publishLeaderboard({ ctx, input: { requestedById: admin.id } });
    await suite.db
      .update(examScores)
      .set({ score: 100 })
      .where(eq(examScores.candidateId, people.femi.id));
    const before = await board(headers, "?stage=league&level=2");
    expect(before.data.snapshot_id).toBe(first.snapshotId);
    expect(before.data.top_three[0].candidate.id).toBe(people.chidi.id);

    const second = await publishLeaderboard({ ctx, input: { requestedById: admin.id } });
    const after = await board(headers, "?stage=league&level=2");
    expect(after.data.snapshot_id).toBe(second.snapshotId);
    expect(after.data.top_three[0]).toMatchObject({ rank: 1, score: 100 });
    expect(after.data.top_three[0].candidate.id).toBe(people.femi.id);
    expect(exam.id).toBe(after.data.exam_details.id);
  });

  it("keep the questions and key as published when a question is corrected later", async () => {
    const { questions, people } = await rankedBoard();
    const { admin, headers } = await asAdmin();
    const ctx = contextAs(suite.db, { ...admin, userType: "staff" });
    await publishLeaderboard({ ctx, input: { requestedById: admin.id } });
    const params = { stage: "league", level: "2", candidateId: people.ada.id };
    const answerTo = async (questionId: number) => {
      const response = await performance(headers, params);
      expect(response.status).toBe(200);
      return (
        response.data.candidate_performance.submissions as {
          question_id: number;
          question_text: string;
          correct_answer: string;
          selected_option: string | null;
          is_correct: boolean;
        }[]
      ).find((row) => row.question_id === questionId)!;
    };
    const published = await answerTo(questions[1]!.id);
    expect(published).toMatchObject({
      correct_answer: "B",
      selected_option: "C",
      is_correct: false,
    });

    // Staff correct the key (Ada's "C" becomes right) and reword the question.
    await suite.db
      .update(questionsTable)
      .set({ correctAnswer: "C", text: "Reworded after publication" })
      .where(eq(questionsTable.id, questions[1]!.id));
    expect(await answerTo(questions[1]!.id)).toEqual(published);

    await publishLeaderboard({ ctx, input: { requestedById: admin.id } });
    expect(await answerTo(questions[1]!.id)).toMatchObject({
      question_text: "Reworded after publication",
      correct_answer: "C",
      selected_option: "C",
      is_correct: true,
    });
  });

  it("two publishes at once give two whole snapshots", async () => {
    await rankedBoard();
    const { admin } = await asAdmin();
    const ctx = contextAs(suite.db, { ...admin, userType: "staff" });
    const [one, two] = await Promise.all([
      publishLeaderboard({ ctx, input: { requestedById: admin.id } }),
      publishLeaderboard({ ctx, input: { requestedById: admin.id } }),
    ]);
    expect(one.snapshotId).not.toBe(two.snapshotId);
    for (const snapshot of [one, two]) {
      const rows = await suite.db
        .select({ candidate: leaderboardEntries.candidateId, rank: leaderboardEntries.rank })
        .from(leaderboardEntries)
        .where(eq(leaderboardEntries.snapshotId, snapshot.snapshotId))
        .orderBy(leaderboardEntries.position);
      expect(rows.map((row) => row.rank)).toEqual([1, 2, 2, 4, 5, 6]);
    }
  });

  it("shows the most recently concluded exam of a stage and level; exam_id picks another", async () => {
    const older = await concludedExam({ stage: "final", level: 1, title: "Final, first sitting" });
    const newer = await concludedExam({
      stage: "final",
      level: 1,
      title: "Final, second sitting",
      scheduledDate: new Date(T0.getTime() - hours(4)),
    });
    const winner = await suite.candidate({ role: "final" });
    await scored(suite.db, older.exam.id, winner.id, 50, 100, minutes(200));
    await scored(suite.db, newer.exam.id, winner.id, 70, 100, minutes(20));
    const { admin, headers } = await asAdmin();
    await publishLeaderboard({
      ctx: contextAs(suite.db, { ...admin, userType: "staff" }),
      input: { requestedById: admin.id },
    });
    const summary = await board(headers, "");
    expect(summary.status).toBe(200);
    expect(summary.data.available_leaderboards).toEqual([
      expect.objectContaining({
        stage: "final",
        level: 1,
        stage_display: "final_1",
        exam_id: newer.exam.id,
        exam_title: "Final, second sitting",
        total_candidates: 1,
        average_score: 70,
      }),
    ]);
    const other = await board(headers, `?stage=final&level=1&exam_id=${older.exam.id}`);
    expect(other.data.exam_details.title).toBe("Final, first sitting");
    expect(other.data.top_three[0].score).toBe(50);
  });
});

describe("who sees what", () => {
  async function twoBoards() {
    const screening = await concludedExam({ stage: "screening", level: 1 });
    const league = await concludedExam({ stage: "league", level: 1 });
    const screener = await suite.candidate({ role: "screening" });
    const other = await suite.candidate({ role: "screening" });
    const leaguer = await suite.candidate({ role: "league" });
    await scored(suite.db, screening.exam.id, screener.id, 75, 100, minutes(30), [
      { questionId: screening.questions[0]!.id, option: "A" },
      { questionId: screening.questions[1]!.id, option: "A" },
    ]);
    await scored(suite.db, screening.exam.id, other.id, 50, 100, minutes(30));
    await scored(suite.db, league.exam.id, leaguer.id, 60, 100, minutes(30));
    const { admin } = await asAdmin();
    await publishLeaderboard({
      ctx: contextAs(suite.db, { ...admin, userType: "staff" }),
      input: { requestedById: admin.id },
    });
    return { screening, screener, other, leaguer };
  }

  it("screening candidates see screening boards and only their own performance", async () => {
    const { screening, screener, other } = await twoBoards();
    const headers = await suite.headersFor(screener.id);
    const summary = await board(headers, "");
    expect(summary.data.available_leaderboards.map((b: { stage: string }) => b.stage)).toEqual([
      "screening",
    ]);
    expect((await board(headers, "?stage=screening&level=1")).status).toBe(200);
    const hidden = await board(headers, "?stage=league&level=1");
    expect(hidden.status).toBe(403);
    expect(hidden.data.code).toBe("leaderboard_hidden");

    const own = await performance(headers, {
      stage: "screening",
      level: "1",
      candidateId: screener.id,
    });
    expect(own.status).toBe(200);
    expect(own.data.candidate_performance).toMatchObject({ rank: 1, score: 75 });
    expect(own.data.candidate_performance.submissions).toEqual([
      expect.objectContaining({
        question_id: screening.questions[0]!.id,
        correct_answer: "A",
        selected_option: "A",
        is_correct: true,
      }),
      expect.objectContaining({ correct_answer: "B", selected_option: "A", is_correct: false }),
      expect.objectContaining({ correct_answer: "C", selected_option: null, is_correct: false }),
      expect.objectContaining({ correct_answer: "D", selected_option: null, is_correct: false }),
    ]);
    const others = await performance(headers, {
      stage: "screening",
      level: "1",
      candidateId: other.id,
    });
    expect(others.status).toBe(403);
    expect(others.data.code).toBe("leaderboard_hidden");
  });

  it("league candidates and verified staff see every board; unverified people none", async () => {
    const { screener, leaguer } = await twoBoards();
    const leagueHeaders = await suite.headersFor(leaguer.id);
    const summary = await board(leagueHeaders, "");
    expect(summary.data.available_leaderboards.map((b: { stage: string }) => b.stage)).toEqual([
      "screening",
      "league",
    ]);
    const someone = await performance(leagueHeaders, {
      stage: "screening",
      level: "1",
      candidateId: screener.id,
    });
    expect(someone.status).toBe(200);

    const moderator = await suite.candidate({ userType: "staff", role: "moderator" });
    expect(
      (await board(await suite.headersFor(moderator.id), "?stage=league&level=1")).status,
    ).toBe(200);

    const unverified = await suite.candidate({ role: "league", isUserVerified: false });
    const refused = await board(await suite.headersFor(unverified.id), "");
    expect(refused.status).toBe(403);
    expect(refused.data.code).toBe("unverified_candidate");
  });
});

describe("bad input", () => {
  it("answers 4xx in the contract's shape, never 500", async () => {
    const { people } = await rankedBoard();
    const { admin, headers } = await asAdmin();
    expect((await board(headers, "")).data).toMatchObject({
      snapshot_id: null,
      available_leaderboards: [],
    });
    const none = await board(headers, "?stage=league&level=2");
    expect(none.status).toBe(404);
    await publishLeaderboard({
      ctx: contextAs(suite.db, { ...admin, userType: "staff" }),
      input: { requestedById: admin.id },
    });

    for (const query of [
      "?stage=quarterfinal&level=1",
      "?stage=league&level=two",
      "?stage=league",
      "?stage=league&level=0",
      "?page=2",
      "?exam_id=3",
    ]) {
      const response = await board(headers, query);
      expect(response.status, query).toBe(400);
      expect(response.data.code, query).toBe("invalid");
    }
    expect((await board(headers, "?stage=league&level=9")).status).toBe(404);
    expect((await board(headers, "?stage=league&level=2&page=2")).status).toBe(404);
    // A path that names nothing (a malformed id, an unknown stage) is a 404, as everywhere.
    for (const params of [
      { stage: "league", level: "2", candidateId: "42" },
      { stage: "semifinal", level: "2", candidateId: people.ada.id },
    ]) {
      expect((await performance(headers, params)).status).toBe(404);
    }
    const stranger = await performance(headers, {
      stage: "league",
      level: "2",
      candidateId: randomUUID(),
    });
    expect(stranger.status).toBe(404);
    expect(stranger.data.code).toBe("not_on_leaderboard");
    expect(
      (await performance(headers, { stage: "league", level: "2", candidateId: people.ada.id }))
        .status,
    ).toBe(200);
  });
});

describe("POST /leaderboard/publish/", () => {
  it("answers 202 with the spec's message for an admin and queues the build; a moderator is refused", async () => {
    const { admin, headers } = await asAdmin();
    const response = await call(publishRoute.POST, { method: "POST", headers });
    expect(response.status).toBe(202);
    expect(response.data).toEqual({
      message: "Leaderboard generation has been started and will be available shortly.",
    });
    const requested = await suite.db
      .select()
      .from(eventOutbox)
      .where(eq(eventOutbox.name, "leaderboard/publish.requested"));
    expect(requested.map((event) => event.data)).toContainEqual(
      expect.objectContaining({ requestedById: admin.id }),
    );

    const moderator = await suite.candidate({ userType: "staff", role: "moderator" });
    const refused = await call(publishRoute.POST, {
      method: "POST",
      headers: await suite.headersFor(moderator.id),
    });
    expect(refused.status).toBe(403);
  });

  it("is built by build-leaderboard-snapshot from the event, recording who published", async () => {
    await rankedBoard();
    const { admin, headers } = await asAdmin();
    expect((await call(publishRoute.POST, { method: "POST", headers })).status).toBe(202);
    expect((await board(headers, "")).data.snapshot_id).toBeNull();

    // The outbox's events are due at the database's own clock, so the runner reads real time.
    const runner = new InProcessRunner({
      db: suite.db,
      functions: [buildLeaderboardSnapshotFunction],
      clock: { now: () => new Date() },
    });
    await runner.tick();
    await runner.tick();
    const summary = await board(headers, "");
    expect(summary.data.available_leaderboards).toEqual([
      expect.objectContaining({ stage_display: "league_2", total_candidates: 6 }),
    ]);
    const [snapshot] = await suite.db
      .select()
      .from(leaderboardSnapshots)
      .where(eq(leaderboardSnapshots.id, summary.data.snapshot_id));
    expect(snapshot).toMatchObject({ publishedById: admin.id, boardCount: 1, entryCount: 6 });
  });
});
