// POST /realtime/auth/: a signed-in user may subscribe to their own private channel only.
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as authRoute from "@/app/api/v1/realtime/auth/route";
import { localRealtimeApp, userChannel } from "@/lib/realtime";
import { useTestDatabase, type TestDatabase } from "../support/database";
import { createKey, createUser, signIn } from "../support/factories";
import { call } from "../support/http";

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe("POST /realtime/auth/", () => {
  it("signs the user's own private channel, form-encoded as pusher-js sends it", async () => {
    const user = await createUser(database.db, { userType: "candidate", role: "league" });
    const { access } = await signIn(database.db, user.id);
    const key = await createKey(database.db);
    const channel = userChannel(user.id);
    const response = await call(authRoute.POST, {
      method: "POST",
      body: form({ socket_id: "1234.5678", channel_name: channel }),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-api-key": key.key,
        authorization: `Bearer ${access}`,
      },
    });
    expect(response.status).toBe(200);
    const app = localRealtimeApp();
    const signature = createHmac("sha256", app.secret).update(`1234.5678:${channel}`).digest("hex");
    expect(response.data).toEqual({ auth: `${app.key}:${signature}` });
  });

  it("refuses another user's channel, anonymous callers and malformed input", async () => {
    const user = await createUser(database.db, { userType: "candidate" });
    const other = await createUser(database.db, { userType: "candidate" });
    const { access } = await signIn(database.db, user.id);
    const headers = { "content-type": "application/json", authorization: `Bearer ${access}` };

    const foreign = await call(authRoute.POST, {
      method: "POST",
      json: { socket_id: "1.2", channel_name: userChannel(other.id) },
      headers,
    });
    expect(foreign.status).toBe(403);
    expect(foreign.data.code).toBe("permission_denied");

    const anonymous = await call(authRoute.POST, {
      method: "POST",
      json: { socket_id: "1.2", channel_name: userChannel(user.id) },
    });
    expect(anonymous.status).toBe(401);

    const malformed = await call(authRoute.POST, {
      method: "POST",
      json: { socket_id: "abc", channel_name: "" },
      headers,
    });
    expect(malformed.status).toBe(400);
    expect(Object.keys(malformed.data.errors).sort()).toEqual(["channel_name", "socket_id"]);

    const broken = await call(authRoute.POST, { method: "POST", body: "{", headers });
    expect(broken.status).toBe(400);
  });
});
