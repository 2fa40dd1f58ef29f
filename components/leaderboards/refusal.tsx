// A leaderboard page's refusal in plain words: why this person cannot see the board yet.
import { NoAccess } from "@/components/ui/no-access";

const explanations: Record<string, string> = {
  unverified_candidate:
    "Leaderboards open once your identity documents are approved. You can check your documents on the Verification page.",
  unverified_staff: "Leaderboards open to staff once their identity documents are approved.",
  leaderboard_hidden:
    "Screening candidates see the screening leaderboards, and only their own answers. Other boards open when you reach the league.",
};

export function LeaderboardRefusal({ code }: { code: string }) {
  return (
    <NoAccess
      title="You can't see this leaderboard yet"
      explanation={explanations[code] ?? "Your account does not reach this leaderboard."}
    />
  );
}
