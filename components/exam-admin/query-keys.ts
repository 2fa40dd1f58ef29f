// TanStack Query keys of the staff exam pages, in one factory so invalidation matches reads.
import type { Difficulty } from "./selection";

export const examAdminKeys = {
  all: ["exam-admin"] as const,
  bank: (filter: { difficulty: Difficulty | ""; search: string }) =>
    [...examAdminKeys.all, "bank", filter] as const,
};

export const questionsPath = "/api/v1/questions/";
