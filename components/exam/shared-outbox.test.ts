import { describe, expect, it } from "vitest";
import { SharedOutbox, type KeyValueStorage } from "./shared-outbox";

/** localStorage as one origin's tabs see it: one map behind every tab's handle. */
function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

const item = (questionId: number, seq: number, selectedOption: "A" | "B" | "C" | "D" = "A") => ({
  questionId,
  selectedOption,
  seq,
});

describe("SharedOutbox", () => {
  it("keeps both tabs' queued answers: neither tab's write drops the other's", () => {
    const storage = memoryStorage();
    const firstTab = new SharedOutbox("attempt-1", storage);
    const secondTab = new SharedOutbox("attempt-1", storage);
    firstTab.add(item(4, 10, "A"));
    secondTab.add(item(5, 11, "B"));
    expect(firstTab.items()).toEqual([item(4, 10, "A"), item(5, 11, "B")]);
    expect(secondTab.items()).toEqual(firstTab.items());
    // A newer choice in one tab replaces an older queued one from the other; never the reverse.
    secondTab.add(item(4, 12, "C"));
    firstTab.add(item(4, 9, "D"));
    expect(firstTab.items()).toEqual([item(5, 11, "B"), item(4, 12, "C")]);
  });

  it("drops an acknowledged answer for every tab, unless a newer one was queued", () => {
    const storage = memoryStorage();
    const firstTab = new SharedOutbox("attempt-1", storage);
    const secondTab = new SharedOutbox("attempt-1", storage);
    firstTab.add(item(1, 5));
    firstTab.add(item(2, 6));
    secondTab.acknowledge(1, 5);
    expect(firstTab.items()).toEqual([item(2, 6)]);
    firstTab.add(item(2, 8, "B"));
    secondTab.acknowledge(2, 6);
    expect(firstTab.items()).toEqual([item(2, 8, "B")]);
    firstTab.remove(item(2, 8, "B"));
    expect(secondTab.size).toBe(0);
    expect(storage.map.size).toBe(0); // nothing left behind
  });

  it("keeps attempts apart and ignores unreadable stored values", () => {
    const storage = memoryStorage();
    new SharedOutbox("attempt-1", storage).add(item(1, 1));
    expect(new SharedOutbox("attempt-2", storage).items()).toEqual([]);
    storage.setItem("exam-outbox:attempt-3", "{not json");
    expect(new SharedOutbox("attempt-3", storage).items()).toEqual([]);
  });

  it("falls back to memory when storage is full or disabled", () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {},
    };
    const outbox = new SharedOutbox("attempt-1", full);
    outbox.add(item(1, 1));
    outbox.add(item(2, 2));
    expect(outbox.items()).toEqual([item(1, 1), item(2, 2)]);
    outbox.acknowledge(1, 1);
    expect(outbox.items()).toEqual([item(2, 2)]);
    const none = new SharedOutbox("attempt-1", null);
    none.add(item(3, 3));
    expect(none.size).toBe(1);
  });
});
