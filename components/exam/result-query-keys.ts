// Query keys of the candidate's result page (invalidated by realtime when a score is recorded).
export const examResultKeys = {
  all: ["exam-result"] as const,
  detail: (examId: number) => [...examResultKeys.all, examId] as const,
};
