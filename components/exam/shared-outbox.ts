// The queue of answers not yet confirmed by the server, kept in localStorage so it survives a
// reload, a crash or an offline spell — and shared by every tab open on the same attempt. Each
// change reads what is stored, applies itself and writes back, so two tabs never overwrite each
// other's queued answers (a tab that keeps its own copy and writes it whole would drop the other
// tab's). Any tab may send any queued answer: the server ignores a repeat (same seq) and an older
// one (lower seq). When storage is unavailable or full, the queue lives in memory for this tab.
import { acknowledge, enqueue, outboxKey, parseOutbox, type OutboxItem } from "./exam-logic";

/** The part of the Web Storage interface the outbox uses (a Map-backed fake in tests). */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export class SharedOutbox {
  readonly key: string;
  private storage: KeyValueStorage | null;
  private memory: OutboxItem[] = [];

  constructor(attemptId: string, storage: KeyValueStorage | null) {
    this.key = outboxKey(attemptId);
    this.storage = storage;
  }

  /** Every queued answer, oldest first. */
  items(): OutboxItem[] {
    if (!this.storage) return this.memory;
    try {
      return parseOutbox(this.storage.getItem(this.key));
    } catch {
      this.fallBackToMemory([]);
      return this.memory;
    }
  }

  get size(): number {
    return this.items().length;
  }

  /** Queue an answer (replacing an older queued answer to the same question). */
  add(item: OutboxItem): OutboxItem[] {
    return this.change((queue) => enqueue(queue, item));
  }

  /** The server saved `seq` for the question: drop it, unless a newer answer was queued since. */
  acknowledge(questionId: number, seq: number): OutboxItem[] {
    return this.change((queue) => acknowledge(queue, questionId, seq));
  }

  /** Drop exactly this queued answer (the server refused it for good). */
  remove(item: OutboxItem): OutboxItem[] {
    return this.change((queue) =>
      queue.filter((entry) => !(entry.questionId === item.questionId && entry.seq === item.seq)),
    );
  }

  clear(): void {
    this.change(() => []);
  }

  private change(apply: (queue: OutboxItem[]) => OutboxItem[]): OutboxItem[] {
    const next = apply(this.items());
    // (Reading may have fallen back to memory: check the storage after it.)
    if (!this.storage) {
      this.memory = next;
      return next;
    }
    try {
      if (next.length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(next));
    } catch {
      // Full or disabled storage: keep the queue in this tab's memory from now on.
      this.fallBackToMemory(next);
    }
    return next;
  }

  private fallBackToMemory(queue: OutboxItem[]) {
    this.storage = null;
    this.memory = queue;
  }
}
