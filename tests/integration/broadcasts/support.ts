// What the broadcast tests share: each test starts from no broadcasts, no pending events or runs,
// and nobody holding the roles the tests send to; and a broadcast created as a new manager through
// POST /broadcasts/.
import { inArray } from "drizzle-orm";
import { beforeEach, expect } from "vitest";
import * as listRoute from "@/app/api/v1/broadcasts/route";
import { broadcasts, eventOutbox, jobRuns, users } from "@/db/schema";
import type { useAttemptsSuite } from "../attempts/support";
import { call } from "../support/http";

type Suite = ReturnType<typeof useAttemptsSuite>;

export function useBroadcastsSuite(suite: Suite) {
  beforeEach(async () => {
    await suite.db.delete(broadcasts);
    await suite.db.delete(eventOutbox);
    await suite.db.delete(jobRuns);
    // Targets are roles: start each test from nobody holding the roles it sends to.
    await suite.db.delete(users).where(inArray(users.role, ["league", "final", "moderator"]));
  });

  return async function broadcastAs(json: unknown) {
    const manager = await suite.candidate({ userType: "staff", role: "manager" });
    const headers = await suite.headersFor(manager.id);
    const created = await call(listRoute.POST, { headers, method: "POST", json });
    expect(created.status).toBe(201);
    return { id: created.data.id as number, headers, manager };
  };
}
