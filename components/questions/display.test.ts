import { describe, expect, it } from "vitest";
import { staffName, truncate } from "./display";

describe("truncating question text for the list", () => {
  it("leaves short text whole, squashing line breaks", () => {
    expect(truncate("What is\n 7 × 8?", 80)).toBe("What is 7 × 8?");
  });

  it("cuts long text at a word with an ellipsis, within the limit", () => {
    const text = "Which of the following statements about prime numbers is true for every case";
    const short = truncate(text, 40);
    expect(short.endsWith("…")).toBe(true);
    expect(short.length).toBeLessThanOrEqual(40);
    expect(short).toBe("Which of the following statements about…");
  });

  it("cuts a single long word hard", () => {
    expect(truncate("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

describe("staff names", () => {
  const ref = (first: string, last: string) => ({
    user: { id: "u1", email: "ada@example.com", first_name: first, last_name: last },
  });

  it("show the name, marking the viewer's own", () => {
    expect(staffName(ref("Ada", "Obi"))).toBe("Ada Obi");
    expect(staffName(ref("Ada", "Obi"), "u1")).toBe("Ada Obi (you)");
    expect(staffName(ref("Ada", "Obi"), "u2")).toBe("Ada Obi");
  });

  it("fall back to the email, or a dash when the account is gone", () => {
    expect(staffName(ref("", ""))).toBe("ada@example.com");
    expect(staffName(null)).toBe("—");
  });
});
