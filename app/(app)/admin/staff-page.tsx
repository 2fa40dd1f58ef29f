// What every staff page starts with: the signed-in person's context, or the 403 page where their
// role does not reach the permission the page needs; the numeric id in a page's path; and the
// 404 page for what the domain does not find.
import { notFound } from "next/navigation";
import type { ReactElement } from "react";
import { NoAccess } from "@/components/ui/no-access";
import type { Permission } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/require-permission";
import { NotFound } from "@/lib/errors";
import { parsePathId } from "@/lib/http/path-id";
import { requirePageContext, type SignedInContext } from "@/app/(app)/page-context";

/** The page's context, or the NoAccess page to return instead (`refused` says why). */
export async function staffPageContext(
  permission: Permission,
  refused: { title: string; explanation: string },
): Promise<{ ctx: SignedInContext } | { noAccess: ReactElement }> {
  const { ctx } = await requirePageContext();
  if (!can(ctx, permission)) return { noAccess: <NoAccess {...refused} /> };
  return { ctx };
}

/** The id in the page's path; a malformed one is a 404, like an unknown one. */
export function pathIdOrNotFound(raw: string): number {
  const id = parsePathId(raw);
  if (id === null) notFound();
  return id;
}

/** What `load` finds; the 404 page where the domain throws NotFound. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
}
