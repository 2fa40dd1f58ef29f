// Shared by the verification tests: tiny real files (enough bytes for content sniffing), forms,
// people with headers, and counts of what storage holds.
import fs from "node:fs";
import { count } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { storedFiles, type users } from "@/db/schema";
import type { Context } from "@/lib/context";
import { localUploadsDir } from "@/lib/storage";
import { signedInUser } from "../support/factories";

/** PNG signature and the start of an IHDR chunk, then `size` bytes in all. */
export function png(size = 64): Uint8Array {
  const head = [
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0,
    1, 0, 0, 0, 1, 8, 6, 0, 0, 0,
  ];
  return padded(head, size);
}

/** JPEG start-of-image and a JFIF APP0 segment. */
export function jpeg(size = 64): Uint8Array {
  const head = [
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
    0x00, 0x01, 0x00, 0x00,
  ];
  return padded(head, size);
}

export function pdf(size = 0): Uint8Array {
  const text = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
  const bytes = new TextEncoder().encode(text);
  return size > bytes.length ? padded([...bytes], size) : bytes;
}

function padded(head: number[], size: number): Uint8Array {
  const bytes = new Uint8Array(Math.max(size, head.length));
  bytes.set(head);
  return bytes;
}

export const file = (bytes: Uint8Array | string, name: string, type = "") =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type });

/** A multipart form of named files (and text fields). */
export function form(fields: Record<string, File | string>): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return body;
}

export const allThree = () => ({
  face_id: file(png(), "face.png", "image/png"),
  id_card: file(pdf(), "id.pdf", "application/pdf"),
  verification_document: file(jpeg(), "letter.jpg", "image/jpeg"),
});

export type Person = {
  user: typeof users.$inferSelect;
  headers: Record<string, string>;
};

/** A signed-in person (not identity-verified unless said) with the headers to act as them. */
export async function person(
  db: Executor,
  apiKey: string,
  overrides: Partial<typeof users.$inferInsert> = {},
): Promise<Person> {
  return signedInUser(db, apiKey, { isUserVerified: false, ...overrides });
}

/** The domain context of a signed-in person, for calling lib/verification directly. */
export function contextOf(db: Executor, user: typeof users.$inferSelect, now?: Date): Context {
  return {
    db,
    actor: {
      user: {
        id: user.id,
        userType: user.userType,
        role: user.role,
        isUserVerified: user.isUserVerified,
        sessionId: null,
      },
      apiKey: null,
      ip: "203.0.113.10",
      userAgent: null,
    },
    clock: { now: () => now ?? new Date() },
  };
}

/** Rows in stored_files and files in the local uploads folder. */
export async function storageCounts(db: Executor) {
  const [rows] = await db.select({ value: count() }).from(storedFiles);
  const files = fs.existsSync(localUploadsDir) ? fs.readdirSync(localUploadsDir).length : 0;
  return { rows: rows!.value, files };
}
