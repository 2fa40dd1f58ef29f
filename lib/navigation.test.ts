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

const labels = (items: { label: string }[]) => items.map((item) => item.label);
const staffLinks = (ctx: Context) => labels(navigationFor(ctx).staff);

describe("navigationFor", () => {
  it("gives candidates their own pages and exams, and no staff pages", () => {
    const navigation = navigationFor(ctxFor("candidate", "winner"));
    expect(navigation.pages).toEqual([
      { href: "/dashboard", label: "Home" },
      { href: "/exams", label: "Exams" },
      { href: "/leaderboards", label: "Leaderboards" },
      { href: "/verification", label: "Verification" },
    ]);
    expect(navigation.staff).toEqual([]);
    expect(labels(navigation.account)).toEqual(["Your account", "Account security"]);
  });

  it("gives staff a home and their identity verification under their account", () => {
    const navigation = navigationFor(ctxFor("staff", "superadmin"));
    expect(navigation.pages).toEqual([
      { href: "/dashboard", label: "Home" },
      { href: "/leaderboards", label: "Leaderboards" },
    ]);
    expect(labels(navigation.account)).toEqual([
      "Your account",
      "Account security",
      "Identity verification",
    ]);
  });

  it("shows leaderboards only to people whose identity is verified", () => {
    expect(labels(navigationFor(ctxFor("candidate", "screening", false)).pages)).toEqual([
      "Home",
      "Exams",
      "Verification",
    ]);
    expect(labels(navigationFor(ctxFor("staff", "admin", false)).pages)).toEqual(["Home"]);
  });

  it("makes the dashboard home for candidates and verified moderators and up, Get started for other staff", () => {
    const home = (ctx: Context) => navigationFor(ctx).pages[0]!.href;
    expect(home(ctxFor("candidate", "screening", false))).toBe("/dashboard");
    expect(home(ctxFor("staff", "moderator"))).toBe("/dashboard");
    expect(home(ctxFor("staff", "moderator", false))).toBe("/get-started");
    expect(home(ctxFor("staff", "volunteer"))).toBe("/get-started");
  });

  it("shows volunteers and sponsors no staff pages", () => {
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
      "Broadcasts",
      "Integrations",
    ]);
    expect(staffLinks(ctxFor("staff", "manager", false))).toEqual([]);
  });
});
