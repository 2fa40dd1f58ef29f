// The competition-wide figures are counted at most once per DASHBOARD_FIGURES_SECONDS per process
// (lib/shared-reads.ts): within that time every staff member gets the same count, with
// the time it was made; after it, the next request counts again. The viewer's own profile is read
// every time. (Every other test runs with the reuse off: tests/integration/setup-env.ts.)
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as dashboardRoute from "@/app/api/v1/dashboard/staff/route";
import * as statsRoute from "@/app/api/v1/stats/overview/route";
import { users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { env } from "@/lib/env";
import { sharedRead } from "@/lib/shared-reads";
import { useAttemptsSuite } from "../attempts/support";
import { call } from "../support/http";

const suite = useAttemptsSuite();
let wallClock = Date.parse("2026-12-05T09:00:00Z");

beforeEach(() => {
  env.DASHBOARD_FIGURES_SECONDS = 10;
  vi.spyOn(Date, "now").mockImplementation(() => wallClock);
});
afterEach(() => {
  env.DASHBOARD_FIGURES_SECONDS = 0;
  vi.restoreAllMocks();
});

describe("the dashboards' shared figures", () => {
  it("are reused for DASHBOARD_FIGURES_SECONDS, then counted again", async () => {
    const moderator = await suite.candidate({ userType: "staff", role: "moderator" });
    const headers = await suite.headersFor(moderator.id);
    const first = await call(statsRoute.GET, { headers });
    const firstBoard = await call(dashboardRoute.GET, { headers });
    expect(first.status).toBe(200);

    await suite.candidate({ role: "league" });
    wallClock += 9_000;
    const reused = await call(statsRoute.GET, { headers });
    expect(reused.data).toEqual(first.data);
    expect((await call(dashboardRoute.GET, { headers })).data.candidates).toEqual(
      firstBoard.data.candidates,
    );

    wallClock += 1_000;
    const counted = await call(statsRoute.GET, { headers });
    expect(counted.data.users.candidates.total).toBe(first.data.users.candidates.total + 1);
    expect((await call(dashboardRoute.GET, { headers })).data.candidates.total).toBe(
      firstBoard.data.candidates.total + 1,
    );
  });

  it("count once for concurrent requests, and forget a failed count at once", async () => {
    const ctx = { db: suite.db } as Context;
    let counts = 0;
    let release!: (value: number) => void;
    const slow = () => {
      counts += 1;
      return new Promise<number>((resolve) => (release = resolve));
    };
    wallClock += 60_000;
    const both = Promise.all([
      sharedRead(ctx, "k", 10_000, slow),
      sharedRead(ctx, "k", 10_000, slow),
    ]);
    release(42);
    expect(await both).toEqual([42, 42]);
    expect(counts).toBe(1);
    // Another database handle counts for itself.
    expect(await sharedRead({ db: {} } as Context, "k", 10_000, async () => 7)).toBe(7);

    wallClock += 60_000;
    await expect(
      sharedRead(ctx, "k", 10_000, () => Promise.reject(new Error("database away"))),
    ).rejects.toThrow("database away");
    expect(await sharedRead(ctx, "k", 10_000, async () => 43)).toBe(43);
  });

  it("keep staff figures for those who may see them, and each viewer's own profile fresh", async () => {
    const moderator = await suite.candidate({ userType: "staff", role: "moderator" });
    const manager = await suite.candidate({ userType: "staff", role: "manager" });
    wallClock += 60_000;
    const asManager = await call(statsRoute.GET, { headers: await suite.headersFor(manager.id) });
    const moderatorHeaders = await suite.headersFor(moderator.id);
    const asModerator = await call(statsRoute.GET, { headers: moderatorHeaders });
    expect(asManager.data.users.staff).not.toBeNull();
    expect(asModerator.data.users.staff).toBeNull();

    await call(dashboardRoute.GET, { headers: moderatorHeaders });
    await suite.db.update(users).set({ firstName: "Renamed" }).where(eq(users.id, moderator.id));
    const again = await call(dashboardRoute.GET, { headers: moderatorHeaders });
    expect(again.data.staff_info.name).toMatch(/^Renamed /);
  });
});
