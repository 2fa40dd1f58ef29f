import { describe, expect, it } from "vitest";
import { parseTabMessage, tabChannelName, updatePresence } from "./tab-messages";

describe("parseTabMessage", () => {
  it("accepts the messages tabs send", () => {
    expect(parseTabMessage({ type: "hello", tab: "t1" })).toEqual({ type: "hello", tab: "t1" });
    expect(
      parseTabMessage({ type: "chosen", tab: "t1", questionId: 3, option: "B", seq: 17 }),
    ).toEqual({ type: "chosen", tab: "t1", questionId: 3, option: "B", seq: 17 });
    expect(
      parseTabMessage({
        type: "saved",
        tab: "t2",
        questionId: 3,
        option: "",
        seq: 18,
        savedAt: "2026-06-01T10:00:00.000Z",
      }),
    ).toMatchObject({ type: "saved", option: "", savedAt: "2026-06-01T10:00:00.000Z" });
    expect(parseTabMessage({ type: "submitted", tab: "t2" })).toEqual({
      type: "submitted",
      tab: "t2",
    });
  });

  it("rejects anything else", () => {
    for (const data of [
      null,
      "hello",
      { type: "hello" },
      { type: "shout", tab: "t1" },
      { type: "chosen", tab: "t1", questionId: 3, option: "E", seq: 1 },
      { type: "chosen", tab: "t1", questionId: "3", option: "A", seq: 1 },
      { type: "saved", tab: "t1", questionId: 3, option: "A", seq: 1 },
    ]) {
      expect(parseTabMessage(data)).toBeNull();
    }
  });
});

describe("presence", () => {
  it("tracks which other tabs are open", () => {
    let others = updatePresence(new Set(), { type: "hello", tab: "t2" });
    others = updatePresence(others, { type: "here", tab: "t3" });
    expect([...others]).toEqual(["t2", "t3"]);
    others = updatePresence(others, { type: "bye", tab: "t2" });
    expect([...others]).toEqual(["t3"]);
  });

  it("names one channel per attempt", () => {
    expect(tabChannelName("a1")).not.toBe(tabChannelName("a2"));
  });
});
