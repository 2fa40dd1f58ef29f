// GET /user/verification/list/: the review queue for managers, with filters, search and pages.
import { and, asc, count, desc, eq, ilike, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { storedFiles, userVerifications, users } from "@/db/schema";
import { contains } from "@/lib/people/people-lists";
import type { Context } from "@/lib/context";
import { pageRequest } from "@/lib/http/pagination";
import type { VerificationListItem } from "./schemas";

const reviewer = alias(users, "reviewer");
const faceIdFile = alias(storedFiles, "face_id_file");
const idCardFile = alias(storedFiles, "id_card_file");
const documentFile = alias(storedFiles, "verification_document_file");

/** The queue's rows with the person, the reviewer and the documents' types, in one query. */
export function selectListItems(ctx: Context) {
  return ctx.db
    .select({
      verification: userVerifications,
      user: {
        id: users.id,
        email: users.email,
        firstName: users.firstName,
        lastName: users.lastName,
        userType: users.userType,
        role: users.role,
      },
      reviewer: { id: reviewer.id, firstName: reviewer.firstName, lastName: reviewer.lastName },
      faceIdType: faceIdFile.contentType,
      idCardType: idCardFile.contentType,
      documentType: documentFile.contentType,
    })
    .from(userVerifications)
    .innerJoin(users, eq(users.id, userVerifications.userId))
    .leftJoin(reviewer, eq(reviewer.id, userVerifications.reviewedById))
    .leftJoin(faceIdFile, eq(faceIdFile.id, userVerifications.faceIdFileId))
    .leftJoin(idCardFile, eq(idCardFile.id, userVerifications.idCardFileId))
    .leftJoin(documentFile, eq(documentFile.id, userVerifications.verificationDocumentFileId))
    .$dynamic();
}

type ListRow = Awaited<ReturnType<ReturnType<typeof selectListItems>["execute"]>>[number];

const documentInfo = (contentType: string | null) =>
  contentType ? { content_type: contentType } : null;

export function toListItem(row: ListRow): VerificationListItem {
  const { verification, user } = row;
  const name = row.reviewer
    ? `${row.reviewer.firstName} ${row.reviewer.lastName}`.trim() || "Staff member"
    : "";
  return {
    id: verification.id,
    user: {
      id: user.id,
      email: user.email,
      first_name: user.firstName,
      last_name: user.lastName,
      profile_type: user.userType,
      role: user.role,
    },
    status: verification.status,
    is_pending: verification.status === "pending",
    is_approved: verification.status === "approved",
    is_rejected: verification.status === "rejected",
    rejection_reason: verification.rejectionReason,
    submitted_at: verification.submittedAt.toISOString(),
    reviewed_at: verification.reviewedAt?.toISOString() ?? null,
    reviewed_by: row.reviewer ? { id: row.reviewer.id, name } : null,
    documents: {
      face_id: documentInfo(row.faceIdType),
      id_card: documentInfo(row.idCardType),
      verification_document: documentInfo(row.documentType),
    },
  };
}

type BooleanFilter = boolean | "true" | "false";

export type ListVerificationsInput = {
  page?: number;
  page_size?: number;
  limit?: number;
  /** Booleans, or the query string's "true"/"false" as they arrive from a page's searchParams. */
  is_pending?: BooleanFilter;
  is_approved?: BooleanFilter;
  is_rejected?: BooleanFilter;
  search?: string;
  ordering?: "pending_first" | "-submitted_at" | "submitted_at";
};

const statusFilters = [
  ["is_pending", "pending"],
  ["is_approved", "approved"],
  ["is_rejected", "rejected"],
] as const;

/**
 * Filters combine with AND: `is_pending=true` keeps pending rows, `is_approved=false` drops
 * approved ones. People who deleted their account are left out. Callers check
 * `verification:review` first (the route declares it; pages call requirePermission).
 */
export async function listVerifications({
  ctx,
  query,
}: {
  ctx: Context;
  query: ListVerificationsInput;
}) {
  const conditions: (SQL | undefined)[] = [isNull(users.deletedAt)];
  for (const [key, status] of statusFilters) {
    const value = query[key];
    const wanted = value === undefined ? undefined : value === true || value === "true";
    if (wanted === true) conditions.push(eq(userVerifications.status, status));
    if (wanted === false) conditions.push(ne(userVerifications.status, status));
  }
  const search = query.search?.trim();
  if (search) {
    const term = contains(search);
    conditions.push(
      or(
        ilike(users.firstName, term),
        ilike(users.lastName, term),
        ilike(users.email, term),
        ilike(sql`${users.firstName} || ' ' || ${users.lastName}`, term),
      ),
    );
  }
  const where = and(...conditions);
  const ordering = query.ordering ?? "pending_first";
  const order = [
    ...(ordering === "pending_first"
      ? [asc(sql`case when ${userVerifications.status} = 'pending' then 0 else 1 end`)]
      : []),
    ordering === "submitted_at"
      ? asc(userVerifications.submittedAt)
      : desc(userVerifications.submittedAt),
    asc(userVerifications.id),
  ];
  const page = pageRequest({
    page: query.page ?? 1,
    page_size: query.page_size,
    limit: query.limit,
  });
  const [rows, [total]] = await Promise.all([
    selectListItems(ctx)
      .where(where)
      .orderBy(...order)
      .limit(page.pageSize)
      .offset(page.offset),
    ctx.db
      .select({ value: count() })
      .from(userVerifications)
      .innerJoin(users, eq(users.id, userVerifications.userId))
      .where(where),
  ]);
  return { items: rows.map(toListItem), total: total?.value ?? 0, page };
}
