import { describe, expect, it } from "vitest";
import { systemActor, systemClock, type Context } from "@/lib/context";
import { navigationFor } from "./navigation";

function ctxFor(userType: "candidate" | "staff", role: string, isUserVerified = true): Context {
  return {
    db: undefined as never,
    clock: systemClock,
    actor: { ...systemActor, user: { id: "u", userType, role, isUserVerified, sessionId: "s" } },
  };
}

const staffLinks = (ctx: Context) =>
  navigationFor(ctx)
    .find((section) => section.label === "Staff")
    ?.items.map((item) => item.label) ?? [];

describe("navigationFor", () => {
  it("offers exams to candidates only", () => {
    const own = (ctx: Context) => navigationFor(ctx)[0]!.items.map((item) => item.label);
    expect(own(ctxFor("candidate", "screening"))).toContain("Exams");
    expect(own(ctxFor("staff", "superadmin"))).not.toContain("Exams");
  });

  it("shows candidates and volunteers only their own pages", () => {
    expect(navigationFor(ctxFor("candidate", "winner")).map((s) => s.label)).toEqual(["You"]);
    expect(staffLinks(ctxFor("staff", "volunteer"))).toEqual([]);
    expect(staffLinks(ctxFor("staff", "sponsor"))).toEqual([]);
  });

  it("grows with the staff role and hides everything from unverified staff", () => {
    expect(staffLinks(ctxFor("staff", "moderator"))).toEqual([
      "Candidates",
      "Staff",
      "Users",
      "Question bank",
    ]);
    expect(staffLinks(ctxFor("staff", "admin"))).toEqual([
      "Candidates",
      "Staff",
      "Users",
      "Question bank",
      "Exams",
    ]);
    expect(staffLinks(ctxFor("staff", "manager"))).toEqual([
      "Candidates",
      "Staff",
      "Users",
      "Verification queue",
      "Question bank",
      "Exams",
      "Invite staff",
    ]);
    expect(staffLinks(ctxFor("staff", "manager", false))).toEqual([]);
  });
});
