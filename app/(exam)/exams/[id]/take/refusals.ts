// Why a candidate cannot start or resume an exam, in plain words (the domain's codes never show).
import type { ApiError } from "@/lib/errors";

const reasons: Record<string, string> = {
  unverified_candidate: "Your account has to be verified before you can take exams.",
  exam_not_eligible: "This exam is for a different stage of the competition than yours.",
  exam_not_open: "This exam is not open right now. Check when it opens on the exams page.",
  exam_has_no_questions: "This exam has no questions yet. Please try again later.",
  exam_already_submitted: "You have already submitted this exam.",
};

export function refusalText(error: ApiError): string {
  return reasons[error.code] ?? error.message;
}
