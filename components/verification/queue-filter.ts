// The review queue's filter as it lives in the page's URL (?status=&search=&page=), and its
// translation into the list operation's query. Pure, so the page and its tests agree on it.

import { param, type SearchParams } from "@/lib/people/list-params";

export const queueTabs = ["pending", "approved", "rejected", "all"] as const;
export type QueueTab = (typeof queueTabs)[number];

export const queueTabLabels: Record<QueueTab, string> = {
  pending: "Pending",
  approved: "Approved",
  rejected: "Rejected",
  all: "All",
};

export type QueueFilter = { tab: QueueTab; search: string; page: number };

/** Past any real queue, and far inside what the database's offsets can hold. */
const maxPage = 1_000_000;

/** Read the filter from the URL; anything unrecognised falls back to the default view. */
export function parseQueueFilter(params: SearchParams): QueueFilter {
  const status = param(params, "status");
  const tab = queueTabs.find((entry) => entry === status) ?? "pending";
  // param() drops text the one text rule refuses (a NUL), so it never reaches the database.
  const search = (param(params, "search") ?? "").slice(0, 200);
  const page = Number.parseInt(param(params, "page") ?? "", 10);
  return { tab, search, page: Number.isFinite(page) && page >= 1 && page <= maxPage ? page : 1 };
}

/** The list operation's query for a filter. */
export function queueQuery(filter: QueueFilter, pageSize = 10) {
  return {
    page: filter.page,
    page_size: pageSize,
    ...(filter.tab === "pending" ? { is_pending: true } : {}),
    ...(filter.tab === "approved" ? { is_approved: true } : {}),
    ...(filter.tab === "rejected" ? { is_rejected: true } : {}),
    ...(filter.search ? { search: filter.search } : {}),
  };
}

/** The page's own URL for a filter, leaving out defaults so links stay short. */
export function queueHref(filter: Partial<QueueFilter>): string {
  const params = new URLSearchParams();
  if (filter.tab && filter.tab !== "pending") params.set("status", filter.tab);
  if (filter.search) params.set("search", filter.search);
  if (filter.page && filter.page > 1) params.set("page", String(filter.page));
  const query = params.toString();
  return `/admin/verifications${query ? `?${query}` : ""}`;
}

/** What an empty page says, by filter. */
export function emptyMessage(filter: QueueFilter): string {
  if (filter.search) return `No verification requests match “${filter.search}”.`;
  switch (filter.tab) {
    case "pending":
      return "No verification requests are waiting.";
    case "approved":
      return "No verification requests have been approved yet.";
    case "rejected":
      return "No verification requests have been rejected.";
    case "all":
      return "No verification requests yet.";
  }
}
