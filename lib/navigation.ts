// What each signed-in person sees in the navigation: derived from the permission table, so a
// link appears exactly when the page behind it would let them in.
//
// Three groups, so the header stays on one line for the richest role (superadmin) at 1280 px:
// - `pages`: the person's own main pages (candidates: Home = their dashboard, Exams, Leaderboards,
//   Verification; staff: Home = the staff dashboard or Get started, Leaderboards);
// - `staff`: the admin pages their role and verification open (Invite staff lives on the Staff
//   page, behind its own button);
// - `account`: their account pages, in the menu under their name (staff find their own identity
//   verification there too).
import type { Permission } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";

/** `exact`: only this very path is "current" (another item lives below it). */
export type NavItem = { href: string; label: string; exact?: boolean };
export type Navigation = { pages: NavItem[]; staff: NavItem[]; account: NavItem[] };

/** `verified`: only for a person whose identity is verified (leaderboards). */
type Page = NavItem & { permission?: Permission; verified?: boolean };

const candidatePages: Page[] = [
  { href: "/dashboard", label: "Home" },
  { href: "/exams", label: "Exams", permission: "exams:take" },
  { href: "/leaderboards", label: "Leaderboards", verified: true },
  { href: "/verification", label: "Verification" },
];

const staffHome: Page[] = [{ href: "/leaderboards", label: "Leaderboards", verified: true }];

const staffPages: (NavItem & { permission: Permission })[] = [
  { href: "/admin/candidates", label: "Candidates", permission: "candidates:list" },
  { href: "/admin/staff", label: "Staff", permission: "staff:list" },
  { href: "/admin/users", label: "Users", permission: "users:list" },
  { href: "/admin/verifications", label: "Verification queue", permission: "verification:review" },
  { href: "/admin/questions", label: "Question bank", permission: "questions:manage" },
  { href: "/admin/exams", label: "Exams", permission: "exams:manage" },
  { href: "/admin/broadcasts", label: "Broadcasts", permission: "broadcasts:manage" },
  { href: "/admin/integrations", label: "Integrations", permission: "api-keys:manage" },
];

const accountPages = (userType: "candidate" | "staff"): Page[] => [
  { href: "/account", label: "Your account", exact: true },
  { href: "/account/security", label: "Account security" },
  ...(userType === "staff" ? [{ href: "/verification", label: "Identity verification" }] : []),
];

const allowed = (ctx: Context, pages: Page[]): NavItem[] =>
  pages
    .filter((page) => !page.permission || can(ctx, page.permission))
    .filter((page) => !page.verified || ctx.actor.user?.isUserVerified === true)
    .map(({ permission: _permission, verified: _verified, ...item }) => item);

/**
 * Where a person's home is: the dashboard for candidates and for staff who may read the
 * competition's figures (verified moderators and up); Get started for other staff.
 */
export function homeFor(ctx: Context): "/dashboard" | "/get-started" {
  return ctx.actor.user?.userType === "staff" && !can(ctx, "dashboards:staff")
    ? "/get-started"
    : "/dashboard";
}

export function navigationFor(ctx: Context): Navigation {
  const userType = ctx.actor.user?.userType === "staff" ? "staff" : "candidate";
  return {
    pages: allowed(
      ctx,
      userType === "staff" ? [{ href: homeFor(ctx), label: "Home" }, ...staffHome] : candidatePages,
    ),
    staff: allowed(ctx, staffPages),
    account: allowed(ctx, accountPages(userType)),
  };
}
