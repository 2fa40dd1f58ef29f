import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as healthRoute from "@/app/api/v1/health/route";
import * as registrationRoute from "@/app/api/v1/registration/route";
import { useDatabase } from "@/db/client";
import { setRegistrationSettings } from "@/lib/registration/registration-settings";
import { createTestDatabase, useTestDatabase, type TestDatabase } from "../support/database";
import { call } from "../support/http";

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("GET /health/", () => {
  it("reports healthy with its database check, without an API key, in both slash forms", async () => {
    for (const path of ["/api/v1/health", "/api/v1/health/"]) {
      const response = await call(healthRoute.GET, { path });
      expect(response.status).toBe(200);
      expect(response.data).toMatchObject({ status: "healthy", checks: { database: "ok" } });
      expect(response.data.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
  });

  it("answers 503 unhealthy when the database is unreachable", async () => {
    const broken = await createTestDatabase();
    await broken.close();
    useDatabase(broken);
    try {
      const response = await call(healthRoute.GET);
      expect(response.status).toBe(503);
      expect(response.data).toMatchObject({
        status: "unhealthy",
        checks: { database: "unreachable" },
      });
    } finally {
      useDatabase(database);
    }
  });
});

describe("GET /registration/", () => {
  it("serves the flags from the database, with defaults for unset ones", async () => {
    const defaults = await call(registrationRoute.GET);
    expect(defaults.status).toBe(200);
    expect(defaults.data).toEqual({
      is_candidate_reg_open: true,
      is_staff_reg_open: true,
      support_email: "support@example.com",
    });

    await setRegistrationSettings(
      database.db,
      { is_staff_reg_open: false, support_email: "help@league.example" },
      null,
    );
    const changed = await call(registrationRoute.GET);
    expect(changed.data).toEqual({
      is_candidate_reg_open: true,
      is_staff_reg_open: false,
      support_email: "help@league.example",
    });
  });
});
