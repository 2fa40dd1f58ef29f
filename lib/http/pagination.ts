// The contract's list envelope: {results, pagination{count, page, page_size, total_pages,
// has_next, has_previous, next, previous}}. `limit` is accepted as an alias of `page_size`.
import { z } from "zod";
import { NotFound } from "@/lib/errors";

export const defaultPageSize = 20;
export const maxPageSize = 100;

const positiveInt = (field: string) =>
  z.coerce
    .number({ error: `${field} must be a whole number.` })
    .int(`${field} must be a whole number.`)
    .min(1, `${field} must be at least 1.`);

export const paginationQuery = z.object({
  page: positiveInt("page").default(1),
  page_size: positiveInt("page_size")
    .max(maxPageSize, `page_size may not exceed ${maxPageSize}.`)
    .optional(),
  limit: positiveInt("limit").max(maxPageSize, `limit may not exceed ${maxPageSize}.`).optional(),
});

export type PageRequest = { page: number; pageSize: number; offset: number };

export function pageRequest(query: z.output<typeof paginationQuery>): PageRequest {
  const pageSize = query.page_size ?? query.limit ?? defaultPageSize;
  return { page: query.page, pageSize, offset: (query.page - 1) * pageSize };
}

export const paginationSchema = z.object({
  count: z.number().int(),
  page: z.number().int(),
  page_size: z.number().int(),
  total_pages: z.number().int(),
  has_next: z.boolean(),
  has_previous: z.boolean(),
  next: z.string().nullable(),
  previous: z.string().nullable(),
});

export function paginatedSchema<T extends z.ZodType>(item: T) {
  return z.object({ results: z.array(item), pagination: paginationSchema });
}

/** What a domain's list returns: one page of items, the total, and the page that was asked for. */
export type PageOf<T> = { items: T[]; total: number; page: PageRequest };

/**
 * The pagination block of one page, without links. A page past the end is a 404 (page 1 of an
 * empty list is not).
 */
export function pageInfo(count: number, request: PageRequest) {
  const totalPages = Math.max(1, Math.ceil(count / request.pageSize));
  if (request.page > totalPages) throw new NotFound("Invalid page.");
  return {
    count,
    page: request.page,
    page_size: request.pageSize,
    total_pages: totalPages,
    has_next: request.page < totalPages,
    has_previous: request.page > 1,
  };
}

/**
 * Wrap one page of results in the contract's envelope. `url` is the request URL; next/previous
 * keep its other query parameters.
 */
export function paginate<T>(results: T[], count: number, request: PageRequest, url: URL) {
  const info = pageInfo(count, request);
  const linkTo = (page: number) => {
    const target = new URL(url);
    target.searchParams.set("page", String(page));
    return target.toString();
  };
  return {
    results,
    pagination: {
      ...info,
      next: info.has_next ? linkTo(request.page + 1) : null,
      previous: info.has_previous ? linkTo(request.page - 1) : null,
    },
  };
}

type Rest<R> = Omit<R, "items" | "total" | "page">;

/** A route's answer for a domain's page (and whatever else the domain returned beside it). */
export function paginated<T, R extends PageOf<T>>(
  result: R & PageOf<T>,
  url: URL,
): Rest<R> & ReturnType<typeof paginate<T>> {
  const { items, total, page, ...rest } = result;
  return { ...rest, ...paginate(items, total, page, url) };
}

/** A server-rendered page's view of a domain's page: the same envelope without links. */
export function pageView<T, R extends PageOf<T>>(
  result: R & PageOf<T>,
): Rest<R> & { results: T[]; pagination: ReturnType<typeof pageInfo> } {
  const { items, total, page, ...rest } = result;
  return { ...rest, results: items, pagination: pageInfo(total, page) };
}
