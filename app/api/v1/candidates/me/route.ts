// GET /api/v1/candidates/me/ — the signed-in candidate's profile.
import { getOwnCandidateProfile } from "@/lib/accounts/get-own-candidate-profile";
import { candidateProfile } from "@/lib/accounts/profile";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "My candidate profile",
    tags: ["Candidates"],
    auth: "user",
    response: candidateProfile,
    errors: [403],
  },
  async ({ ctx }) => getOwnCandidateProfile({ ctx }),
);

export * from "@/lib/http/unserved-methods";
