// The reviewer's side: the queue, approve/reject, other people's status and document links, with
// the permission matrix for each (candidate vs staff, moderator/admin vs manager, unverified
// manager, no user, someone else's id).
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as fileRoute from "@/app/api/files/[token]/route";
import * as actionRoute from "@/app/api/v1/user/verification/action/[id]/route";
import * as documentsRoute from "@/app/api/v1/user/verification/documents/[type]/[id]/route";
import * as listRoute from "@/app/api/v1/user/verification/list/route";
import * as statusOfRoute from "@/app/api/v1/user/verification/status/[id]/route";
import { eventOutbox, userVerifications, users } from "@/db/schema";
import { listMailbox } from "@/lib/email";
import { reviewVerification } from "@/lib/verification/review-verification";
import { submitVerification } from "@/lib/verification/submit-verification";
import type { TestDatabase } from "../support/database";
import { useDatabaseWithKey } from "../support/factories";
import { call } from "../support/http";
import { allThree, contextOf, file, pdf, person, png, type Person } from "./support";

const dataDir = await vi.hoisted(async () =>
  (await import("../support/data-dir")).makeDataDir("verification-review-test", {
    APP_URL: "http://localhost:3000",
  }),
);

let database: TestDatabase;
let apiKey: string;
const staff: Record<string, Person> = {};
let alice: Person; // candidate with a pending submission (face_id is a known PNG)
let bob: Person; // another candidate with a pending submission
let vera: Person; // volunteer (staff) with a pending submission
let nobody: Person; // candidate without a submission
const aliceFace = png(300);
const faceTime = (minutes: number) => new Date(Date.UTC(2026, 0, 10, 9, minutes));

async function submit(who: Person, at: Date, files = allThree()) {
  await submitVerification({
    ctx: contextOf(database.db, who.user, at),
    input: { files, mode: "create" },
  });
}
const verificationIdOf = async (userId: string) =>
  (
    await database.db
      .select({ id: userVerifications.id })
      .from(userVerifications)
      .where(eq(userVerifications.userId, userId))
  )[0]!.id;

useDatabaseWithKey((setup) => ({ database, apiKey } = setup), { dataDir });
beforeAll(async () => {
  const make = (overrides = {}) => person(database.db, apiKey, overrides);
  for (const role of ["moderator", "admin", "manager", "superadmin"]) {
    staff[role] = await make({ role, isUserVerified: true, lastName: `Staff ${role}` });
  }
  staff.unverifiedManager = await make({ role: "manager", isUserVerified: false });
  alice = await make({
    userType: "candidate",
    firstName: "Alice",
    lastName: "Adebayo",
    email: `alice.${Date.now()}@example.com`,
  });
  bob = await make({ userType: "candidate", firstName: "Bob", lastName: "Okon_50%" });
  vera = await make({ role: "volunteer", firstName: "Vera", lastName: "Volunteer" });
  nobody = await make({ userType: "candidate", firstName: "Nora" });
  await submit(alice, faceTime(1), { ...allThree(), face_id: file(aliceFace, "alice.png") });
  await submit(bob, faceTime(2));
  await submit(vera, faceTime(3));
});

const list = (who: Record<string, string>, query = "") =>
  call(listRoute.GET, { path: `/api/v1/user/verification/list/${query}`, headers: who });
const act = (who: Record<string, string>, id: string, json: unknown) =>
  call(actionRoute.POST, {
    method: "POST",
    path: `/api/v1/user/verification/action/${id}/`,
    params: { id },
    headers: who,
    json,
  });
const statusOf = (who: Record<string, string>, id: string) =>
  call(statusOfRoute.GET, {
    path: `/api/v1/user/verification/status/${id}/`,
    params: { id },
    headers: who,
  });
const documentOf = (who: Record<string, string>, type: string, id: string) =>
  call(documentsRoute.GET, {
    path: `/api/v1/user/verification/documents/${type}/${id}/`,
    params: { type, id },
    headers: who,
  });
const keyOnly = () => ({ "x-api-key": apiKey });

describe("the review queue (GET list/)", () => {
  it("managers and superadmins may list; pending first, newest submission first", async () => {
    for (const role of ["manager", "superadmin"]) {
      const response = await list(staff[role]!.headers);
      expect(response.status).toBe(200);
      expect(response.data.results.map((item: any) => item.user.id)).toEqual([
        vera.user.id,
        bob.user.id,
        alice.user.id,
      ]);
    }
    const [first] = (await list(staff.manager!.headers)).data.results;
    expect(first).toMatchObject({
      user: { id: vera.user.id, profile_type: "staff", role: "volunteer" },
      status: "pending",
      is_pending: true,
      reviewed_by: null,
      documents: {
        face_id: { content_type: "image/png" },
        id_card: { content_type: "application/pdf" },
        verification_document: { content_type: "image/jpeg" },
      },
    });
  });

  it("moderators, admins and candidates may not (403 permission_denied)", async () => {
    for (const who of [staff.moderator!, staff.admin!, alice, vera]) {
      const response = await list(who.headers);
      expect(response.status).toBe(403);
      expect(response.data.code).toBe("permission_denied");
    }
  });

  it("an unverified manager gets 403 unverified_staff; no user is 401", async () => {
    const response = await list(staff.unverifiedManager!.headers);
    expect(response.status).toBe(403);
    expect(response.data.code).toBe("unverified_staff");
    expect((await list(keyOnly())).status).toBe(401);
    expect((await list({})).status).toBe(401);
  });

  it("searches by name, full name and email, with LIKE wildcards taken literally", async () => {
    const ids = async (query: string) =>
      (await list(staff.manager!.headers, query)).data.results.map((item: any) => item.user.id);
    expect(await ids("?search=adebayo")).toEqual([alice.user.id]);
    expect(await ids("?search=Alice%20Adebayo")).toEqual([alice.user.id]);
    expect(await ids(`?search=${encodeURIComponent(alice.user.email)}`)).toEqual([alice.user.id]);
    expect(await ids("?search=okon_50%25")).toEqual([bob.user.id]);
    expect(await ids("?search=Ok%25n")).toEqual([]); // "%" is not a wildcard
    expect(await ids("?search=Ok_n")).toEqual([]); // nor is "_"
  });

  it("paginates and refuses bad filter values", async () => {
    const page = await list(staff.manager!.headers, "?page_size=2&page=2");
    expect(page.status).toBe(200);
    expect(page.data.pagination).toMatchObject({ count: 3, page: 2, total_pages: 2 });
    expect(page.data.results).toHaveLength(1);
    expect((await list(staff.manager!.headers, "?page=3&page_size=2")).status).toBe(404);
    const bad = await list(staff.manager!.headers, "?is_pending=yes");
    expect(bad.status).toBe(400);
    expect(bad.data.errors).toHaveProperty("is_pending");
  });
});

describe("approving and rejecting (POST action/{id}/)", () => {
  it("only one decision per request: both, neither, false or a long reason are 400", async () => {
    const id = await verificationIdOf(bob.user.id);
    for (const body of [
      { is_approved: true, is_rejected: true },
      {},
      { is_approved: false },
      { is_rejected: false },
      { is_rejected: true, rejection_reason: "x".repeat(501) },
    ]) {
      const response = await act(staff.manager!.headers, id, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.data.code).toBe("invalid");
    }
  });

  it("who may not: admins, candidates (403), unverified managers (unverified_staff), no user (401)", async () => {
    const id = await verificationIdOf(bob.user.id);
    for (const who of [staff.admin!, staff.moderator!, alice]) {
      expect((await act(who.headers, id, { is_approved: true })).status).toBe(403);
    }
    const unverified = await act(staff.unverifiedManager!.headers, id, { is_approved: true });
    expect(unverified.data.code).toBe("unverified_staff");
    expect((await act(keyOnly(), id, { is_approved: true })).status).toBe(401);
    const [row] = await database.db.select().from(users).where(eq(users.id, bob.user.id));
    expect(row!.isUserVerified).toBe(false);
  });

  it("an unknown or malformed id is 404", async () => {
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await act(staff.manager!.headers, unknown, { is_approved: true })).status).toBe(404);
    expect((await act(staff.manager!.headers, "not-an-id", { is_approved: true })).status).toBe(
      404,
    );
  });

  it("approving verifies the person, records the reviewer, emails them and publishes an event", async () => {
    const id = await verificationIdOf(alice.user.id);
    const response = await act(staff.manager!.headers, id, { is_approved: true });
    expect(response.status).toBe(200);
    expect(response.data).toMatchObject({
      message: "User verification has been updated successfully",
      verification: {
        id,
        status: "approved",
        is_approved: true,
        rejection_reason: null,
        reviewed_by: { id: staff.manager!.user.id, name: "Test Staff manager" },
      },
    });
    const [row] = await database.db.select().from(users).where(eq(users.id, alice.user.id));
    expect(row!.isUserVerified).toBe(true);
    const status = await statusOf(alice.headers, alice.user.id);
    expect(status.data).toMatchObject({ status: "verified", is_approved: true });
    expect(status.data.reviewed_at).not.toBeNull();
    const [mail] = await listMailbox(database.db, { to: alice.user.email });
    expect(mail!.subject).toBe("Your identity has been verified");
    const events = await database.db
      .select()
      .from(eventOutbox)
      .where(eq(eventOutbox.name, "user/verification.reviewed"));
    expect(events.map((event) => event.data)).toContainEqual({
      verificationId: id,
      userId: alice.user.id,
      status: "approved",
      reviewedById: staff.manager!.user.id,
    });
  });

  it("rejecting with a reason: status rejected, reason visible, email carries it", async () => {
    const id = await verificationIdOf(bob.user.id);
    const reason = "The provided ID card was not clear.";
    const response = await act(staff.superadmin!.headers, id, {
      is_rejected: true,
      rejection_reason: reason,
    });
    expect(response.status).toBe(200);
    expect(response.data.verification).toMatchObject({
      status: "rejected",
      rejection_reason: reason,
    });
    const status = await statusOf(bob.headers, bob.user.id);
    expect(status.data).toMatchObject({
      status: "rejected",
      is_rejected: true,
      is_approved: false,
      rejection_reason: reason,
    });
    const [mail] = await listMailbox(database.db, { to: bob.user.email });
    expect(mail!.subject).toBe("Your identity verification was not approved");
    expect(mail!.text).toContain(reason);
    expect(mail!.html).toContain("The provided ID card was not clear.");
  });

  it("a manager may revoke an approval by rejecting it (no reason needed)", async () => {
    const someone = await person(database.db, apiKey, { userType: "candidate" });
    await submit(someone, faceTime(30));
    const id = await verificationIdOf(someone.user.id);
    await act(staff.manager!.headers, id, { is_approved: true });
    const response = await act(staff.manager!.headers, id, { is_rejected: true });
    expect(response.status).toBe(200);
    expect(response.data.verification).toMatchObject({
      status: "rejected",
      rejection_reason: null,
    });
    const [row] = await database.db.select().from(users).where(eq(users.id, someone.user.id));
    expect(row!.isUserVerified).toBe(false);
  });

  it("nobody reviews their own verification (403 permission_denied), also through the domain", async () => {
    const manager = await person(database.db, apiKey, { role: "manager", isUserVerified: true });
    await database.db
      .insert(userVerifications)
      .values({ userId: manager.user.id, status: "pending", submittedAt: faceTime(40) });
    const id = await verificationIdOf(manager.user.id);
    const response = await act(manager.headers, id, { is_approved: true });
    expect(response.status).toBe(403);
    expect(response.data.code).toBe("permission_denied");
    await expect(
      reviewVerification({
        ctx: contextOf(database.db, manager.user),
        input: { verificationId: id, isApproved: true },
      }),
    ).rejects.toMatchObject({ status: 403 });
    const [row] = await database.db
      .select()
      .from(userVerifications)
      .where(and(eq(userVerifications.id, id), eq(userVerifications.status, "pending")));
    expect(row).toBeDefined();
  });

  it("filters the queue by decision", async () => {
    const ids = async (query: string) =>
      (await list(staff.superadmin!.headers, query)).data.results.map((item: any) => item.user.id);
    expect(await ids("?is_pending=true")).toContain(vera.user.id);
    expect(await ids("?is_pending=true")).not.toContain(alice.user.id);
    expect(await ids("?is_approved=true")).toEqual([alice.user.id]);
    expect(await ids("?is_rejected=true")).toContain(bob.user.id);
    expect(await ids("?is_rejected=false")).not.toContain(bob.user.id);
    expect(await ids("?is_rejected=false")).toContain(alice.user.id);
  });
});

describe("another person's status (GET status/{user_id}/)", () => {
  it("the person and managers may see it", async () => {
    expect((await statusOf(vera.headers, vera.user.id)).data.status).toBe("pending");
    expect((await statusOf(staff.manager!.headers, vera.user.id)).data.status).toBe("pending");
    expect((await statusOf(staff.superadmin!.headers, nobody.user.id)).data.status).toBe(
      "not_submitted",
    );
  });

  it("other candidates and staff below manager get 404, as for an unknown id", async () => {
    for (const who of [bob, vera, staff.admin!, staff.moderator!]) {
      const response = await statusOf(who.headers, alice.user.id);
      expect(response.status).toBe(404);
    }
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await statusOf(staff.manager!.headers, unknown)).status).toBe(404);
    expect((await statusOf(staff.manager!.headers, "123")).status).toBe(404);
  });

  it("an unverified manager gets 403 unverified_staff, no user 401", async () => {
    const response = await statusOf(staff.unverifiedManager!.headers, alice.user.id);
    expect(response.status).toBe(403);
    expect(response.data.code).toBe("unverified_staff");
    expect((await statusOf(keyOnly(), alice.user.id)).status).toBe(401);
  });
});

describe("document links (GET documents/{type}/{id}/)", () => {
  const fetchThroughFilesRoute = (url: string) => {
    const token = new URL(url).pathname.split("/").pop()!;
    return call(fileRoute.GET, { path: `/api/files/${token}`, params: { token } });
  };

  it("the owner gets a short-lived link that serves the same bytes inline", async () => {
    const response = await documentOf(alice.headers, "face_id", alice.user.id);
    expect(response.status).toBe(200);
    expect(response.data.content_type).toBe("image/png");
    expect(response.data.url).toMatch(/^http:\/\/localhost:3000\/api\/files\//);
    expect(new Date(response.data.expires_at).getTime()).toBeGreaterThan(Date.now());
    const token = new URL(response.data.url).pathname.split("/").pop()!;
    const request = new Request(`http://localhost:3000/api/files/${token}`);
    const served = await fileRoute.GET(request, { params: Promise.resolve({ token }) });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("content-disposition")).toBe("inline");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(aliceFace);
  });

  it("a manager may fetch anyone's document, of each type", async () => {
    for (const [type, contentType] of [
      ["face_id", "image/png"],
      ["id_card", "application/pdf"],
      ["verification_document", "image/jpeg"],
    ]) {
      const response = await documentOf(staff.manager!.headers, type!, vera.user.id);
      expect(response.status).toBe(200);
      expect(response.data.content_type).toBe(contentType);
      expect((await fetchThroughFilesRoute(response.data.url)).status).toBe(200);
    }
  });

  it("another candidate, staff below manager, an invalid type and a missing document are 404", async () => {
    for (const who of [bob, vera, staff.admin!, staff.moderator!]) {
      expect((await documentOf(who.headers, "face_id", alice.user.id)).status).toBe(404);
    }
    expect((await documentOf(staff.manager!.headers, "passport", alice.user.id)).status).toBe(404);
    expect((await documentOf(staff.manager!.headers, "face_id", nobody.user.id)).status).toBe(404);
    expect((await documentOf(nobody.headers, "id_card", nobody.user.id)).status).toBe(404);
  });

  it("an unverified manager gets 403 unverified_staff, no user 401", async () => {
    const response = await documentOf(staff.unverifiedManager!.headers, "face_id", alice.user.id);
    expect(response.data.code).toBe("unverified_staff");
    expect((await documentOf(keyOnly(), "face_id", alice.user.id)).status).toBe(401);
  });

  it("after a resubmission the old link's file is gone and the new document is served", async () => {
    const id = await verificationIdOf(bob.user.id); // rejected above
    const oldLink = (await documentOf(bob.headers, "id_card", bob.user.id)).data.url as string;
    const newCard = pdf(400);
    const response = await submitVerification({
      ctx: contextOf(database.db, bob.user),
      input: { files: { id_card: file(newCard, "card.pdf") }, mode: "update" },
    });
    expect(response.verification).toMatchObject({ status: "pending", rejection_reason: null });
    expect(await verificationIdOf(bob.user.id)).toBe(id);
    expect((await fetchThroughFilesRoute(oldLink)).status).toBe(404);
    const fresh = (await documentOf(bob.headers, "id_card", bob.user.id)).data.url as string;
    const served = await fetchThroughFilesRoute(fresh);
    expect(served.status).toBe(200);
    expect(new TextEncoder().encode(served.text)).toEqual(newCard);
  });
});
