import { describe, expect, it } from "vitest";
import { BoundedMap } from "./bounded-map";

describe("BoundedMap", () => {
  it("drops the oldest entry when full, and updating a key does not evict", () => {
    const map = new BoundedMap<string, number>(2);
    map.set("a", 1).set("b", 2);
    map.set("a", 10);
    expect([...map.entries()]).toEqual([
      ["a", 10],
      ["b", 2],
    ]);
    map.set("c", 3);
    expect([...map.keys()]).toEqual(["b", "c"]);
    expect(map.size).toBe(2);
  });
});
