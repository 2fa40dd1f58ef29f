// What the builder pages hand the exam builder: the bank's first page (up to 100, unfiltered)
// with its pool counts, and the server's clock.
import type { BankPage } from "@/components/exam-admin/question-picker";
import { bankPageSize } from "@/components/exam-admin/selection";
import type { Context } from "@/lib/context";
import { listQuestions } from "@/lib/questions/list-questions";
import { listQuestionsQuery } from "@/lib/questions/schemas";

export async function loadBank(ctx: Context): Promise<BankPage> {
  const bank = await listQuestions({
    ctx,
    query: listQuestionsQuery.parse({ page_size: String(bankPageSize) }),
  });
  return {
    results: bank.items.map(({ id, text, difficulty }) => ({ id, text, difficulty })),
    count: bank.total,
    pool: bank.question_pool_data,
  };
}
