// Embedded storage: private files under .data/uploads, served only by /api/files/{token} where
// the token is a signed, expiring reference to one file.
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { FileStore, StoredObject } from "./file-store";
import { signFileToken } from "./file-token";

export function createLocalFileStore(
  root: string,
  appUrl: string,
): FileStore & {
  read(providerKey: string): Promise<StoredObject | null>;
} {
  const pathOf = (providerKey: string) => {
    // Keys are ours (uuid/uuid), but never let one escape the folder.
    if (!/^[0-9a-f-]{36}$/.test(providerKey)) throw new Error("Invalid storage key");
    return path.join(root, providerKey);
  };
  return {
    kind: "local",
    async put({ bytes, contentType }) {
      const key = randomUUID();
      await fs.mkdir(root, { recursive: true });
      // Write to a temporary name first so a crash never leaves a half-written file under the key.
      const temporary = `${pathOf(key)}.partial`;
      await fs.writeFile(temporary, bytes);
      await fs.writeFile(`${pathOf(key)}.type`, contentType);
      await fs.rename(temporary, pathOf(key));
      return key;
    },
    async signedUrl(providerKey, ttlSeconds, fileId) {
      const token = await signFileToken({ fileId, providerKey }, ttlSeconds);
      return `${appUrl}/api/files/${token}`;
    },
    async remove(providerKey) {
      await fs.rm(pathOf(providerKey), { force: true });
      await fs.rm(`${pathOf(providerKey)}.type`, { force: true });
    },
    async read(providerKey) {
      try {
        const [bytes, contentType] = await Promise.all([
          fs.readFile(pathOf(providerKey)),
          fs.readFile(`${pathOf(providerKey)}.type`, "utf8"),
        ]);
        return { bytes: new Uint8Array(bytes), contentType };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
  };
}
