// POST /api/bench/upsert — baseline for bench/exam-day: a bare Next.js route handler doing ONE
// upsert into attempt_answers (the autosave's write), with no auth, rate limit or validation.
// Only exists when ENABLE_BENCH_ROUTES=true, and only on Postgres (DATABASE_URL): it talks to the
// database through its own small postgres.js pool, so none of our stack is on its path.
import postgres from "postgres";
import { env } from "@/lib/env";

let sql: ReturnType<typeof postgres> | undefined;

type Body = { attempt_id: string; question_id: number; selected_option: string; seq: number };

export async function POST(request: Request) {
  if (!env.ENABLE_BENCH_ROUTES || !env.DATABASE_URL)
    return Response.json({ detail: "Not found.", code: "not_found" }, { status: 404 });
  sql ??= postgres(env.DATABASE_URL, { max: 10, onnotice: () => {} });
  const body = (await request.json()) as Body;
  const [row] = await sql`
    insert into attempt_answers (attempt_id, question_id, selected_option, seq, saved_at)
    values (${body.attempt_id}, ${body.question_id}, ${body.selected_option}, ${body.seq}, now())
    on conflict (attempt_id, question_id) do update
      set selected_option = excluded.selected_option, seq = excluded.seq, saved_at = excluded.saved_at
      where attempt_answers.seq < excluded.seq
    returning seq`;
  return Response.json({ ok: true, seq: row?.seq ?? null });
}
