import { NotFound } from "@/lib/errors";

/** A list page's result, or null where the page asked for is past the end of the list. */
export async function unlessPastTheEnd<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFound) return null;
    throw error;
  }
}
