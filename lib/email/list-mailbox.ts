import { desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";

export type MailboxEntry = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  created_at: string;
};

/** The dev mailbox: emails held in the outbox, newest first, optionally for one recipient. */
export async function listMailbox(db: Executor, options: { to?: string; limit?: number } = {}) {
  const rows = await db
    .select({
      id: emailOutbox.id,
      to: emailOutbox.to,
      subject: emailOutbox.subject,
      text: emailOutbox.text,
      html: emailOutbox.html,
      createdAt: emailOutbox.createdAt,
    })
    .from(emailOutbox)
    .where(options.to ? eq(emailOutbox.to, options.to.trim().toLowerCase()) : undefined)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(options.limit ?? 50);
  return rows.map(({ createdAt, ...row }): MailboxEntry => ({
    ...row,
    created_at: createdAt.toISOString(),
  }));
}
