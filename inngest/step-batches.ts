// The fan-outs' loop (a broadcast's recipients, an opening exam's candidates, a board's people):
// one step per batch, `batch-0`, `batch-1` …, each starting after the last id the previous one
// returned, until a batch returns `last: null`. A resumed run replays finished batches from their
// memoised results and goes on from the first unfinished one. `after` runs once per batch (inside
// the run: e.g. a follow-up step of its own, as the broadcast's email sending).
import type { StepTools } from "@/lib/jobs/function-definition";

export async function stepThroughBatches<R extends { last: string | null }>(
  step: StepTools,
  run: (after: string | null) => Promise<R>,
  after?: (result: R, batch: number) => Promise<void>,
): Promise<R[]> {
  const results: R[] = [];
  let from: string | null = null;
  for (let batch = 0; ; batch += 1) {
    const start: string | null = from;
    const result: R = await step.run(`batch-${batch}`, (): Promise<R> => run(start));
    results.push(result);
    if (after) await after(result, batch);
    if (!result.last) return results;
    from = result.last;
  }
}
