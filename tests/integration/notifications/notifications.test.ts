// The notifications REST side (CONTRACT §9): a person's own list (newest first, unread_count, read
// filter, pages), one by id, PATCH {read}, read-all — and nobody else's: another person's id is a
// 404 and read-all touches only the caller's. Bad input is a 4xx in the contract's shape.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as itemRoute from "@/app/api/v1/notifications/[id]/route";
import * as readAllRoute from "@/app/api/v1/notifications/read-all/route";
import * as listRoute from "@/app/api/v1/notifications/route";
import { notifications } from "@/db/schema";
import { minutes, T0, useAttemptsSuite } from "../attempts/support";
import { call } from "../support/http";

const suite = useAttemptsSuite();

/** `n` notifications for `userId`, a minute apart (the last is the newest); ids in that order. */
async function notify(userId: string, n: number, read = false) {
  const rows = await suite.db
    .insert(notifications)
    .values(
      Array.from({ length: n }, (_, i) => ({
        userId,
        subject: `Subject ${i + 1}`,
        message: `Message ${i + 1}`,
        createdAt: new Date(T0.getTime() - minutes(n - i)),
        readAt: read ? T0 : null,
      })),
    )
    .returning({ id: notifications.id });
  return rows.map((row) => row.id);
}

const list = (headers: Record<string, string>, query = "") =>
  call(listRoute.GET, { headers, path: `/api/v1/notifications/${query}` });
const item = (
  headers: Record<string, string>,
  id: number | string,
  method = "GET",
  json?: unknown,
) =>
  call(method === "PATCH" ? itemRoute.PATCH : itemRoute.GET, {
    headers,
    method,
    json,
    params: { id: String(id) },
    path: `/api/v1/notifications/${id}/`,
  });

describe("GET /notifications/", () => {
  it("lists the caller's own, newest first, with the unread count, a filter and pages", async () => {
    const ada = await suite.candidate({ role: "league" });
    const other = await suite.candidate({ role: "league" });
    const unread = await notify(ada.id, 3);
    const read = await notify(ada.id, 2, true);
    await notify(other.id, 4);
    const headers = await suite.headersFor(ada.id);

    const all = await list(headers);
    expect(all.status).toBe(200);
    expect(all.data.unread_count).toBe(3);
    expect(all.data.pagination).toMatchObject({ count: 5, page: 1 });
    expect(all.data.results.map((row: { id: number }) => row.id)).toEqual(
      [...unread, ...read].sort((a, b) => b - a),
    );
    expect(all.data.results[0]).toEqual({
      id: read[1],
      subject: "Subject 2",
      message: "Message 2",
      read: true,
      created_at: expect.any(String),
    });

    const onlyUnread = await list(headers, "?read=false");
    expect(onlyUnread.data.results.map((row: { id: number }) => row.id)).toEqual(
      [...unread].reverse(),
    );
    const page2 = await list(headers, "?page_size=2&page=2");
    expect(page2.data.results).toHaveLength(2);
    expect(page2.data.unread_count).toBe(3);
    expect((await list(headers, "?page_size=2&page=4")).status).toBe(404);
    expect((await list(headers, "?read=maybe")).status).toBe(400);
  });

  it("is for signed-in people: a key alone is refused", async () => {
    const response = await list({ "x-api-key": suite.apiKey });
    expect(response.status).toBe(401);
    expect(response.data).toMatchObject({ detail: expect.any(String) });
  });
});

describe("one notification", () => {
  it("is read, marked read and unread by its owner; another person's id is a 404", async () => {
    const ada = await suite.candidate({ role: "league" });
    const bola = await suite.candidate({ role: "league" });
    const [mine] = await notify(ada.id, 1);
    const [theirs] = await notify(bola.id, 1);
    const headers = await suite.headersFor(ada.id);

    expect((await item(headers, mine!)).data).toMatchObject({ id: mine, read: false });
    const marked = await item(headers, mine!, "PATCH", { read: true });
    expect(marked.status).toBe(200);
    expect(marked.data.read).toBe(true);
    const [stored] = await suite.db.select().from(notifications).where(eq(notifications.id, mine!));
    expect(stored!.readAt).toEqual(T0);
    expect((await item(headers, mine!, "PATCH", { read: false })).data.read).toBe(false);

    for (const response of [
      await item(headers, theirs!),
      await item(headers, theirs!, "PATCH", { read: true }),
      await item(headers, 2147483647),
      await item(headers, "abc"),
    ]) {
      expect(response.status).toBe(404);
    }
    const [untouched] = await suite.db
      .select()
      .from(notifications)
      .where(eq(notifications.id, theirs!));
    expect(untouched!.readAt).toBeNull();

    for (const json of [{}, { read: "yes" }, { read: true, extra: 1 }]) {
      const response = await item(headers, mine!, "PATCH", json);
      expect(response.status).toBe(400);
      expect(response.data).toMatchObject({ detail: expect.any(String) });
    }
  });
});

describe("POST /notifications/read-all/", () => {
  it("reads every one of the caller's, and nobody else's", async () => {
    const ada = await suite.candidate({ role: "league" });
    const bola = await suite.candidate({ role: "league" });
    await notify(ada.id, 3);
    await notify(bola.id, 2);
    const headers = await suite.headersFor(ada.id);
    const response = await call(readAllRoute.POST, {
      headers,
      method: "POST",
      path: "/api/v1/notifications/read-all/",
    });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ updated: 3, unread_count: 0 });
    expect((await list(headers)).data.unread_count).toBe(0);
    expect((await list(await suite.headersFor(bola.id))).data.unread_count).toBe(2);
  });
});
