import { describe, expect, it } from "vitest";
import * as emails from "./emails";

const to = { email: "ada@example.com", firstName: 'Ada <script>alert("x")</script>' };
const all = [
  emails.emailVerificationOtpEmail(to, "123456", 10),
  emails.generatedPasswordEmail(to, "S3cret<&>"),
  emails.passwordChangeOtpEmail(to, "654321", 10),
  emails.passwordChangedEmail(to, new Date("2026-01-01T00:00:00Z")),
  emails.passwordResetEmail(to, "https://app.example/reset-password?token=a&b", 60),
  emails.accountDeletedEmail(to),
  emails.welcomeEmail(to, "https://app.example"),
];

describe("account emails", () => {
  it("each has a subject, a text body and an HTML body, addressed to the person", () => {
    for (const message of all) {
      expect(message.to).toBe("ada@example.com");
      expect(message.subject.length).toBeGreaterThan(5);
      expect(message.text).toMatch(/^Hello Ada/);
      expect(message.html).toMatch(/^<!doctype html>/);
    }
  });

  it("escapes names and values in the HTML, never in the text", () => {
    for (const message of all) {
      expect(message.html).not.toContain("<script>");
      expect(message.html).toContain("&#60;script&#62;");
    }
    expect(all[1]!.text).toContain("S3cret<&>");
    expect(all[1]!.html).toContain("S3cret&#60;&#38;&#62;");
    expect(all[4]!.html).toContain('href="https://app.example/reset-password?token=a&#38;b"');
  });

  it("puts codes and links in both bodies", () => {
    expect(all[0]!.text).toContain("123456");
    expect(all[0]!.html).toContain("123456");
    expect(all[4]!.text).toContain("https://app.example/reset-password?token=a&b");
    expect(all[6]!.html).toContain('href="https://app.example/sign-in"');
  });
});
