// The question pool at a glance: total, easy, moderate and hard counts as cards, and one stacked
// bar of the three shares with a text alternative.
import { StatCards } from "@/components/ui/stat-cards";

export type PoolData = {
  total_questions: number;
  easy_questions_count: number;
  moderate_questions_count: number;
  hard_questions_count: number;
};

const shares = [
  { key: "easy_questions_count", label: "Easy", barClass: "bg-green-500" },
  { key: "moderate_questions_count", label: "Moderate", barClass: "bg-amber-400" },
  { key: "hard_questions_count", label: "Hard", barClass: "bg-red-500" },
] as const;

export function PoolSummary({ pool }: { pool: PoolData }) {
  const total = pool.total_questions;
  const summary = shares.map((share) => `${share.label}: ${pool[share.key]}`).join(", ");
  return (
    <section aria-labelledby="pool-heading" className="mt-6 space-y-3">
      <h2 id="pool-heading" className="text-lg font-semibold">
        Question pool
      </h2>
      <StatCards
        stats={[
          { key: "total_questions", label: "All questions", value: total },
          ...shares.map((share) => ({
            key: share.key,
            label: share.label,
            value: pool[share.key],
          })),
        ]}
      />
      {total > 0 ? (
        <div
          role="img"
          aria-label={`Questions by difficulty. ${summary}.`}
          className="flex h-3 w-full overflow-hidden rounded-full bg-slate-200"
        >
          {shares.map((share) =>
            pool[share.key] > 0 ? (
              <div
                key={share.key}
                className={share.barClass}
                style={{ width: `${(pool[share.key] / total) * 100}%` }}
              />
            ) : null,
          )}
        </div>
      ) : null}
    </section>
  );
}
