import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Invalid } from "@/lib/errors";
import { parseInput, searchParamsToObject } from "./parse-input";

describe("parseInput", () => {
  const schema = z.object({
    name: z.string().min(2),
    tags: z.array(z.enum(["a", "b"])),
    nested: z.object({ n: z.number() }),
  });

  it("returns the parsed value", () => {
    expect(parseInput(schema, { name: "ok", tags: ["a"], nested: { n: 1 } }, "body")).toEqual({
      name: "ok",
      tags: ["a"],
      nested: { n: 1 },
    });
  });

  it("throws Invalid with dotted field paths and a friendly 'required' message", () => {
    try {
      parseInput(schema, { name: "x", tags: ["c"] }, "request body");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Invalid);
      const invalid = error as Invalid;
      expect(invalid.status).toBe(400);
      expect(invalid.message).toBe("Invalid request body.");
      expect(Object.keys(invalid.errors!).sort()).toEqual(["name", "nested", "tags.0"]);
      expect(invalid.errors!.nested).toEqual(["This field is required."]);
    }
  });

  it("puts errors about the whole value under non_field_errors", () => {
    expect(() => parseInput(schema, "text", "body")).toThrow(
      expect.objectContaining({ errors: { non_field_errors: [expect.any(String)] } }),
    );
  });
});

describe("searchParamsToObject", () => {
  it("keeps single values as strings and repeated keys as arrays", () => {
    expect(searchParamsToObject(new URLSearchParams("a=1&b=2&b=3&c="))).toEqual({
      a: "1",
      b: ["2", "3"],
      c: "",
    });
  });
});
