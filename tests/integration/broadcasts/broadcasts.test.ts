// Broadcasts' API (spec "Broadcast Management", manager+): creating one writes it and its event
// in one transaction and answers the spec's shape with status "pending"; the list and the detail;
// bad input and the wrong people are refused with nothing written.
import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import * as itemRoute from "@/app/api/v1/broadcasts/[id]/route";
import * as listRoute from "@/app/api/v1/broadcasts/route";
import { broadcasts, eventOutbox } from "@/db/schema";
import { useAttemptsSuite } from "../attempts/support";
import { call } from "../support/http";

const suite = useAttemptsSuite();

beforeEach(async () => {
  await suite.db.delete(broadcasts);
  await suite.db.delete(eventOutbox);
});

const valid = {
  subject: "New Exam Available",
  message: "The final stage exam is now open. Good luck!",
  mediums: ["email", "platform"],
  target_roles: { staff: ["volunteer", "moderator"], candidate: ["final"] },
};

const create = (headers: Record<string, string>, json: unknown) =>
  call(listRoute.POST, { headers, method: "POST", json, path: "/api/v1/broadcasts/" });

async function asManager() {
  const manager = await suite.candidate({
    userType: "staff",
    role: "manager",
    firstName: "Tunde",
    lastName: "Bello",
  });
  return { manager, headers: await suite.headersFor(manager.id) };
}

const written = async () => {
  const [row] = await suite.db.select({ n: count() }).from(broadcasts);
  const events = await suite.db
    .select()
    .from(eventOutbox)
    .where(eq(eventOutbox.name, "broadcast/broadcast.created"));
  return { broadcasts: row!.n, events: events.length };
};

describe("POST /broadcasts/", () => {
  it("answers 201 with the spec's shape, status pending, and writes the event with it", async () => {
    const { manager, headers } = await asManager();
    const response = await create(headers, valid);
    expect(response.status).toBe(201);
    expect(response.data).toEqual({
      id: expect.any(Number),
      subject: valid.subject,
      message: valid.message,
      created_by: { user: { email: manager.email, first_name: "Tunde", last_name: "Bello" } },
      created_at: expect.any(String),
      status: "pending",
      mediums: ["email", "platform"],
      target_roles: { staff: ["volunteer", "moderator"], candidate: ["final"] },
      last_attempt: null,
      logs: [],
    });
    const [event] = await suite.db
      .select()
      .from(eventOutbox)
      .where(eq(eventOutbox.name, "broadcast/broadcast.created"));
    expect(event!.data).toEqual({ broadcastId: response.data.id });
  });

  it("refuses bad input with a 400 naming the field, and writes nothing", async () => {
    const { headers } = await asManager();
    const cases: [unknown, string][] = [
      [{ ...valid, target_roles: {} }, "target_roles"],
      [{ ...valid, target_roles: { staff: [], candidate: [] } }, "target_roles"],
      [{ ...valid, target_roles: { candidate: ["champion"] } }, "target_roles"],
      [{ ...valid, target_roles: { alumni: ["league"] } }, "target_roles"],
      [{ ...valid, target_roles: ["league"] }, "target_roles"],
      [{ ...valid, mediums: [] }, "mediums"],
      [{ ...valid, mediums: ["sms"] }, "mediums"],
      [{ ...valid, message: "x".repeat(100_000) }, "message"],
      [{ ...valid, subject: "   " }, "subject"],
      [{ ...valid, subject: undefined }, "subject"],
      [{ ...valid, extra: true }, "extra"],
    ];
    for (const [json, field] of cases) {
      const response = await create(headers, json);
      expect(response.status, JSON.stringify(json).slice(0, 80)).toBe(400);
      expect(JSON.stringify(response.data)).toContain(field);
    }
    expect(await written()).toEqual({ broadcasts: 0, events: 0 });
  });

  it("is for managers and above: an admin, a candidate and a key alone are refused", async () => {
    const admin = await suite.candidate({ userType: "staff", role: "admin" });
    const candidate = await suite.candidate({ role: "league" });
    for (const headers of [
      await suite.headersFor(admin.id),
      await suite.headersFor(candidate.id),
      { "x-api-key": suite.apiKey },
    ]) {
      const response = await create(headers, valid);
      expect([401, 403]).toContain(response.status);
      expect((await call(listRoute.GET, { headers })).status).toBe(response.status);
    }
    expect(await written()).toEqual({ broadcasts: 0, events: 0 });
  });
});

describe("reading broadcasts", () => {
  it("lists them newest first and shows one; an unknown id is a 404", async () => {
    const { headers } = await asManager();
    const first = await create(headers, { ...valid, subject: "First" });
    const second = await create(headers, {
      ...valid,
      subject: "Second",
      mediums: ["platform", "platform"],
      target_roles: { candidate: ["league", "league"] },
    });
    expect(second.data.mediums).toEqual(["platform"]);
    expect(second.data.target_roles).toEqual({ candidate: ["league"] });

    const list = await call(listRoute.GET, { headers, path: "/api/v1/broadcasts/" });
    expect(list.status).toBe(200);
    expect(list.data.results.map((row: { subject: string }) => row.subject)).toEqual([
      "Second",
      "First",
    ]);
    expect(list.data.pagination).toMatchObject({ count: 2, page: 1 });

    const one = await call(itemRoute.GET, { headers, params: { id: String(first.data.id) } });
    expect(one.status).toBe(200);
    expect(one.data).toMatchObject({ id: first.data.id, status: "pending", logs: [] });
    for (const id of ["999999", "abc"]) {
      expect((await call(itemRoute.GET, { headers, params: { id } })).status).toBe(404);
    }
  });
});
