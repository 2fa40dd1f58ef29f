// The integrators' public API: key only, by scope (the full matrix); published exams only and never
// their answers; candidates with invitations, attempts and scores; results by token, where a
// tampered, foreign or expired token gives no data; and the exam's result_redirect_url rules.
import { SignJWT } from "jose";
import { beforeEach, describe, expect, it } from "vitest";
import * as candidatesMeRoute from "@/app/api/v1/candidates/me/route";
import * as examsRoute from "@/app/api/v1/exams/route";
import * as examRoute from "@/app/api/v1/exams/[id]/route";
import * as candidateRoute from "@/app/api/v1/public/candidates/[id]/route";
import * as candidatesRoute from "@/app/api/v1/public/candidates/route";
import * as examCandidatesRoute from "@/app/api/v1/public/exams/[id]/candidates/route";
import * as publicExamRoute from "@/app/api/v1/public/exams/[id]/route";
import * as publicExamsRoute from "@/app/api/v1/public/exams/route";
import * as resultRoute from "@/app/api/v1/public/results/[token]/route";
import { examInvitations, exams, examScores } from "@/db/schema";
import type { ApiKeyScope } from "@/lib/auth/permissions";
import { signToken } from "@/lib/auth/tokens";
import { getAuthSecret } from "@/lib/env";
import { issueResultToken } from "@/lib/results/result-token";
import {
  at,
  createExam,
  examWithQuestions,
  hours,
  minutes,
  useAttemptsSuite,
} from "../attempts/support";
import { createKey, signIn } from "../support/factories";
import { call } from "../support/http";

const suite = useAttemptsSuite();

type World = Awaited<ReturnType<typeof buildWorld>>;
let world: World;

async function buildWorld() {
  await suite.db.delete(examInvitations);
  await suite.db.delete(examScores);
  await suite.db.delete(exams);
  const { exam: ongoing } = await examWithQuestions(suite.db, 3, { title: "Ongoing screening" });
  const upcoming = await createExam(suite.db, {
    title: "Upcoming league",
    stage: "league",
    scheduledDate: new Date(at().getTime() + hours(24)),
  });
  const concluded = await createExam(suite.db, {
    title: "Past final",
    stage: "final",
    scheduledDate: new Date(at().getTime() - hours(48)),
    openDurationHours: 2,
  });
  const draft = await createExam(suite.db, { title: "Draft", scheduledDate: null });
  const cancelled = await createExam(suite.db, { title: "Cancelled", isActive: false });
  const deleted = await createExam(suite.db, { title: "Deleted", deletedAt: at() });

  // One candidate invited, one who took the ongoing exam and was scored, one untouched.
  const invited = await suite.candidate({ firstName: "Ina", lastName: "Vited" });
  await suite.db.insert(examInvitations).values({
    examId: ongoing.id,
    userId: invited.id,
    email: invited.email,
    tokenHash: `hash-${invited.id}`,
    tokenExpiresAt: new Date(at().getTime() + hours(24)),
  });
  const taker = await suite.startedCandidate(ongoing.id);
  await suite.db.insert(examScores).values({
    examId: ongoing.id,
    candidateId: taker.user.id,
    attemptId: taker.attemptId,
    score: 66.666,
    autoScore: false,
    recordedAt: at(),
    updatedAt: at(),
  });
  const bystander = await suite.candidate({ firstName: "Bys", lastName: "Tander" });
  const staff = await suite.candidate({ userType: "staff", role: "manager" });

  const keys = {} as Record<ApiKeyScope | "none", string>;
  for (const scope of [
    "assessments:read",
    "candidates:read",
    "candidates:write",
    "results:read",
  ] as const) {
    keys[scope] = (await createKey(suite.db, [scope])).key;
  }
  keys.none = (await createKey(suite.db, [])).key;
  return {
    ongoing,
    upcoming,
    concluded,
    draft,
    cancelled,
    deleted,
    invited,
    taker,
    bystander,
    staff,
    keys,
  };
}

beforeEach(async () => {
  world = await buildWorld();
});

const get = (
  route: { GET: Parameters<typeof call>[0] },
  params: Record<string, string>,
  headers: Record<string, string>,
  path = "/api/v1/public/x/",
) => call(route.GET, { params, headers, path });

describe("public API access", () => {
  it("lets each endpoint through with its scope only (the matrix)", async () => {
    const token = await issueResultToken(
      {
        examId: world.ongoing.id,
        candidateId: world.taker.user.id,
        attemptId: world.taker.attemptId,
      },
      at(),
    );
    const endpoints: Array<
      [string, { GET: Parameters<typeof call>[0] }, Record<string, string>, ApiKeyScope]
    > = [
      ["exams", publicExamsRoute, {}, "assessments:read"],
      ["exam", publicExamRoute, { id: String(world.ongoing.id) }, "assessments:read"],
      ["exam candidates", examCandidatesRoute, { id: String(world.ongoing.id) }, "candidates:read"],
      ["candidates", candidatesRoute, {}, "candidates:read"],
      ["candidate", candidateRoute, { id: world.taker.user.id }, "candidates:read"],
      ["result", resultRoute, { token }, "results:read"],
    ];
    for (const [name, route, params, needed] of endpoints) {
      for (const scope of [
        "assessments:read",
        "candidates:read",
        "candidates:write",
        "results:read",
        "none",
      ] as const) {
        const response = await get(route, params, { "x-api-key": world.keys[scope] });
        const expected = scope === needed ? 200 : 403;
        expect(response.status, `${name} with ${scope}`).toBe(expected);
        if (expected === 403) expect(response.data.code).toBe("permission_denied");
      }
      const anonymous = await get(route, params, {});
      expect(anonymous.status, `${name} without a key`).toBe(401);
      // A signed-in person's token without a key is not enough, even a manager's.
      const { access } = await import("../support/factories").then((f) =>
        f.signIn(suite.db, world.staff.id, at()),
      );
      const userOnly = await get(route, params, { authorization: `Bearer ${access}` });
      expect(userOnly.status, `${name} with a user token only`).toBe(401);
    }
  });

  it("lets a key with the scope through even beside a signed-in person's token", async () => {
    const { access } = await signIn(suite.db, world.staff.id, at());
    const response = await get(
      publicExamsRoute,
      {},
      {
        "x-api-key": world.keys["assessments:read"],
        authorization: `Bearer ${access}`,
      },
    );
    expect(response.status).toBe(200);
    // The person's role does not stand in for the key's missing scope.
    const manager = await get(
      candidatesRoute,
      {},
      {
        "x-api-key": world.keys["assessments:read"],
        authorization: `Bearer ${access}`,
      },
    );
    expect(manager.status).toBe(403);
  });

  it("refuses a revoked or unknown key", async () => {
    const unknown = await get(publicExamsRoute, {}, { "x-api-key": `pk_live_${"0".repeat(64)}` });
    expect(unknown.status).toBe(401);
    expect(unknown.data.results).toBeUndefined();
  });

  it("refuses a key alone on user endpoints", async () => {
    const headers = { "x-api-key": world.keys["candidates:read"] };
    expect((await call(candidatesMeRoute.GET, { headers })).status).toBe(401);
    expect((await call(examsRoute.GET, { headers })).status).toBe(401);
  });
});

describe("public exams", () => {
  it("lists published exams only, with status, and never questions or answers", async () => {
    const headers = { "x-api-key": world.keys["assessments:read"] };
    const listed = await get(publicExamsRoute, {}, headers);
    expect(listed.status).toBe(200);
    const titles = listed.data.results.map((exam: { title: string }) => exam.title).sort();
    expect(titles).toEqual(["Ongoing screening", "Past final", "Upcoming league"]);
    const ongoing = listed.data.results.find(
      (exam: { id: number }) => exam.id === world.ongoing.id,
    );
    expect(ongoing).toMatchObject({ status: "ongoing", question_count: 3, stage: "screening" });
    const text = JSON.stringify(listed.data);
    expect(text).not.toMatch(/correct_answer|option_a|questions"/);

    const filtered = await call(publicExamsRoute.GET, {
      path: "/api/v1/public/exams/?status=concluded",
      headers,
    });
    expect(filtered.data.results.map((exam: { title: string }) => exam.title)).toEqual([
      "Past final",
    ]);
    const searched = await call(publicExamsRoute.GET, {
      path: "/api/v1/public/exams/?search=league&stage=league",
      headers,
    });
    expect(searched.data.results.map((exam: { title: string }) => exam.title)).toEqual([
      "Upcoming league",
    ]);
    const bad = await call(publicExamsRoute.GET, {
      path: "/api/v1/public/exams/?status=draft",
      headers,
    });
    expect(bad.status).toBe(400);
    const past = await call(publicExamsRoute.GET, {
      path: "/api/v1/public/exams/?page=9",
      headers,
    });
    expect(past.status).toBe(404);

    for (const hidden of [world.draft, world.cancelled, world.deleted]) {
      const one = await get(publicExamRoute, { id: String(hidden.id) }, headers);
      expect(one.status, hidden.title).toBe(404);
    }
    expect((await get(publicExamRoute, { id: "999999" }, headers)).status).toBe(404);
    expect((await get(publicExamRoute, { id: "abc" }, headers)).status).toBe(404);
  });
});

describe("public candidates", () => {
  it("lists an exam's invited and attempting candidates with where they stand", async () => {
    const headers = { "x-api-key": world.keys["candidates:read"] };
    const listed = await get(examCandidatesRoute, { id: String(world.ongoing.id) }, headers);
    expect(listed.status).toBe(200);
    const byId = Object.fromEntries(
      listed.data.results.map((row: { candidate_id: string }) => [row.candidate_id, row]),
    );
    expect(Object.keys(byId).sort()).toEqual([world.invited.id, world.taker.user.id].sort());
    expect(byId[world.invited.id]).toMatchObject({
      invitation_status: "sent",
      attempt_status: "not_started",
      score: null,
    });
    expect(byId[world.taker.user.id]).toMatchObject({
      invitation_status: null,
      attempt_status: "in_progress",
      score: 66.67,
    });
    const searched = await call(examCandidatesRoute.GET, {
      path: `/api/v1/public/exams/${world.ongoing.id}/candidates/?search=vited`,
      params: { id: String(world.ongoing.id) },
      headers,
    });
    expect(searched.data.results).toHaveLength(1);
    for (const hidden of [world.draft, world.cancelled, world.deleted]) {
      const response = await get(examCandidatesRoute, { id: String(hidden.id) }, headers);
      expect(response.status, hidden.title).toBe(404);
    }
    expect((await get(examCandidatesRoute, { id: "999999" }, headers)).status).toBe(404);
    const past = await call(examCandidatesRoute.GET, {
      path: `/api/v1/public/exams/${world.ongoing.id}/candidates/?page=2`,
      params: { id: String(world.ongoing.id) },
      headers,
    });
    expect(past.status).toBe(404);
    expect(past.data.code).toBe("not_found");
  });

  it("never names an exam integrators cannot see", async () => {
    const headers = { "x-api-key": world.keys["candidates:read"] };
    for (const hidden of [world.draft, world.cancelled]) {
      await suite.db.insert(examInvitations).values({
        examId: hidden.id,
        userId: world.bystander.id,
        email: world.bystander.email,
        tokenHash: `hash-${hidden.id}-${world.bystander.id}`,
        tokenExpiresAt: new Date(at().getTime() + hours(24)),
      });
      const filtered = await call(candidatesRoute.GET, {
        path: `/api/v1/public/candidates/?exam_id=${hidden.id}`,
        headers,
      });
      expect(filtered.status, hidden.title).toBe(200);
      expect(filtered.data.results, hidden.title).toEqual([]);
    }
    const one = await get(candidateRoute, { id: world.bystander.id }, headers);
    expect(one.status).toBe(200);
    expect(one.data.exams).toEqual([]);
  });

  it("lists candidates (never staff) with their exams, filtered by exam", async () => {
    const headers = { "x-api-key": world.keys["candidates:read"] };
    const listed = await call(candidatesRoute.GET, {
      path: `/api/v1/public/candidates/?exam_id=${world.ongoing.id}`,
      headers,
    });
    expect(listed.status).toBe(200);
    const ids = listed.data.results.map((row: { id: string }) => row.id).sort();
    expect(ids).toEqual([world.invited.id, world.taker.user.id].sort());
    const all = await call(candidatesRoute.GET, {
      path: "/api/v1/public/candidates/?page_size=100",
      headers,
    });
    const allIds = all.data.results.map((row: { id: string }) => row.id);
    expect(allIds).toContain(world.bystander.id);
    expect(allIds).not.toContain(world.staff.id);

    const one = await get(candidateRoute, { id: world.invited.id }, headers);
    expect(one.status).toBe(200);
    expect(one.data.exams).toEqual([
      expect.objectContaining({ exam_id: world.ongoing.id, invitation_status: "sent" }),
    ]);
    expect((await get(candidateRoute, { id: world.staff.id }, headers)).status).toBe(404);
    expect((await get(candidateRoute, { id: "not-a-uuid" }, headers)).status).toBe(404);
    expect((await get(candidateRoute, { id: crypto.randomUUID() }, headers)).status).toBe(404);
    const bad = await call(candidatesRoute.GET, {
      path: "/api/v1/public/candidates/?exam_id=x",
      headers,
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.data.errors)).toContain("exam_id");
    const searched = await call(candidatesRoute.GET, {
      path: "/api/v1/public/candidates/?search=tander",
      headers,
    });
    // Earlier tests' worlds are still there: every match is a Tander, this world's among them.
    const found = searched.data.results as Array<{ id: string; last_name: string }>;
    expect(found.map((row) => row.id)).toContain(world.bystander.id);
    expect(new Set(found.map((row) => row.last_name))).toEqual(new Set(["Tander"]));
    const paged = await call(candidatesRoute.GET, {
      path: "/api/v1/public/candidates/?page_size=1",
      headers,
    });
    expect(paged.data.results).toHaveLength(1);
    expect(paged.data.pagination).toMatchObject({ page: 1, page_size: 1, has_next: true });
    const past = await call(candidatesRoute.GET, {
      path: `/api/v1/public/candidates/?page_size=1&page=${paged.data.pagination.total_pages + 1}`,
      headers,
    });
    expect(past.status).toBe(404);
  });
});

describe("results by token", () => {
  it("returns the result for a fresh token, and no data for a tampered, foreign or expired one", async () => {
    const headers = { "x-api-key": world.keys["results:read"] };
    const claims = {
      examId: world.ongoing.id,
      candidateId: world.taker.user.id,
      attemptId: world.taker.attemptId,
    };
    const token = await issueResultToken(claims, at());
    const ok = await get(resultRoute, { token }, headers);
    expect(ok.status).toBe(200);
    expect(ok.data).toMatchObject({
      exam: { id: world.ongoing.id, title: "Ongoing screening" },
      candidate: { id: world.taker.user.id },
      score: 66.67,
    });

    const [head, payload, signature] = token.split(".");
    const forged = JSON.parse(Buffer.from(payload!, "base64url").toString());
    forged.sub = world.invited.id;
    const tampered = `${head}.${Buffer.from(JSON.stringify(forged)).toString("base64url")}.${signature}`;
    const flipped = `${head}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith("A") ? "BB" : "AA"}`;
    const access = await signToken(
      {
        sub: world.taker.user.id,
        sid: "00000000-0000-4000-8000-000000000000",
        typ: "access",
        jti: "j",
      },
      at(),
    );
    const expired = await issueResultToken(claims, new Date(at().getTime() - minutes(16)));
    // Same claims under another key: the raw secret (what session tokens use), and another one.
    const signedWith = (key: string) =>
      new SignJWT({ exam: claims.examId, attempt: claims.attemptId, typ: "result" })
        .setProtectedHeader({ alg: "HS256", typ: "JWT" })
        .setIssuer("competition-platform")
        .setAudience("result")
        .setSubject(claims.candidateId)
        .setIssuedAt(Math.floor(at().getTime() / 1000))
        .setExpirationTime(Math.floor(at().getTime() / 1000) + 600)
        .sign(new TextEncoder().encode(key));
    for (const [name, bad] of [
      ["tampered payload", tampered],
      ["flipped signature", flipped],
      ["signed with the raw secret", await signedWith(getAuthSecret())],
      ["signed with another secret", await signedWith("someone-else's-secret-0123456789abcdef")],
      ["an access token", access],
      ["expired", expired],
      ["garbage", "not-a-token"],
    ] as const) {
      const response = await get(resultRoute, { token: bad }, headers);
      expect(response.status, name).toBe(400);
      expect(response.data.code, name).toBe("invalid_result_token");
      expect(response.data.score, name).toBeUndefined();
      expect(response.data.candidate, name).toBeUndefined();
      expect(response.text, name).not.toContain(world.taker.user.email);
    }
    const expiredResponse = await get(resultRoute, { token: expired }, headers);
    expect(expiredResponse.data.detail).toMatch(/expired/);

    const unscored = await issueResultToken({ ...claims, candidateId: world.invited.id }, at());
    expect((await get(resultRoute, { token: unscored }, headers)).status).toBe(404);
  });
});

describe("result_redirect_url on exams", () => {
  it("accepts an https URL or null, and refuses anything else with a field error", async () => {
    const admin = await suite.candidate({ userType: "staff", role: "admin" });
    const headers = await suite.headersFor(admin.id);
    const body = {
      title: "With redirect",
      stage: "screening",
      countdown_minutes: 30,
      open_duration_hours: 2,
      result_redirect_url: "https://portal.example.com/results?school=7",
    };
    const created = await call(examsRoute.POST, { method: "POST", headers, json: body });
    expect(created.status, created.text).toBe(201);
    expect(created.data.result_redirect_url).toBe("https://portal.example.com/results?school=7");
    const id = String(created.data.id);
    const detail = await call(examRoute.GET, { params: { id }, headers });
    expect(detail.data.result_redirect_url).toBe("https://portal.example.com/results?school=7");
    const without = await call(examsRoute.POST, {
      method: "POST",
      headers,
      json: { ...body, result_redirect_url: undefined },
    });
    expect(without.status).toBe(201);
    expect(without.data.result_redirect_url).toBeNull();
    for (const bad of ["ftp://portal.example.com/r", "https:portal.example.com/r", ""]) {
      const refused = await call(examsRoute.POST, {
        method: "POST",
        headers,
        json: { ...body, result_redirect_url: bad },
      });
      expect(refused.status, bad).toBe(400);
      expect(refused.data.code).toBe("invalid");
      expect(Object.keys(refused.data.errors), bad).toEqual(["result_redirect_url"]);
    }
    for (const bad of [
      "http://portal.example.com/r",
      "https:portal.example.com/r",
      "https://",
      "javascript:alert(1)",
      "not a url",
      `https://x.com/${"a".repeat(2001)}`,
      42,
    ]) {
      const response = await call(examRoute.PATCH, {
        method: "PATCH",
        params: { id },
        headers,
        json: { result_redirect_url: bad },
      });
      expect(response.status, String(bad).slice(0, 40)).toBe(400);
      expect(Object.keys(response.data.errors)).toContain("result_redirect_url");
    }
    const cleared = await call(examRoute.PATCH, {
      method: "PATCH",
      params: { id },
      headers,
      json: { result_redirect_url: null },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.data.result_redirect_url).toBeNull();
    const longest = `https://portal.example.com/${"a".repeat(2000 - 27)}`;
    expect(longest).toHaveLength(2000);
    const set = await call(examRoute.PATCH, {
      method: "PATCH",
      params: { id },
      headers,
      json: { result_redirect_url: longest },
    });
    expect(set.status, set.text).toBe(200);
    expect(set.data.result_redirect_url).toBe(longest);
  });
});
