// What each signed-in person sees in the navigation: derived from the permission table, so a
// link appears exactly when the page behind it would let them in.
import type { Permission } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";

/** `exact`: only this very path is "current" (another item lives below it). */
export type NavItem = { href: string; label: string; exact?: boolean };
export type NavSection = { label: string; items: NavItem[] };

const personal: (NavItem & { permission?: Permission })[] = [
  { href: "/get-started", label: "Get started" },
  { href: "/exams", label: "Exams", permission: "exams:take" },
  { href: "/verification", label: "Verification" },
  { href: "/account", label: "Account", exact: true },
  { href: "/account/security", label: "Account security" },
];

const staffPages: (NavItem & { permission: Permission })[] = [
  { href: "/admin/candidates", label: "Candidates", permission: "candidates:list" },
  { href: "/admin/staff", label: "Staff", permission: "staff:list", exact: true },
  { href: "/admin/users", label: "Users", permission: "users:list" },
  { href: "/admin/verifications", label: "Verification queue", permission: "verification:review" },
  { href: "/admin/questions", label: "Question bank", permission: "questions:manage" },
  { href: "/admin/exams", label: "Exams", permission: "exams:manage" },
  { href: "/admin/staff/invite", label: "Invite staff", permission: "staff:invite" },
];

export function navigationFor(ctx: Context): NavSection[] {
  const admin = staffPages
    .filter((page) => can(ctx, page.permission))
    .map(({ permission: _permission, ...item }) => item);
  const own = personal
    .filter((page) => !page.permission || can(ctx, page.permission))
    .map(({ permission: _permission, ...item }) => item);
  return [
    { label: "You", items: own },
    ...(admin.length > 0 ? [{ label: "Staff", items: admin }] : []),
  ];
}
