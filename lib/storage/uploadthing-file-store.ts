import { UTApi, UTFile } from "uploadthing/server";
import type { FileStore } from "./file-store";

/** Production storage: private UploadThing files, read through UploadThing's signed URLs. */
export function createUploadThingFileStore(token: string): FileStore {
  const api = new UTApi({ token });
  return {
    kind: "uploadthing",
    async put({ bytes, fileName, contentType }) {
      const file = new UTFile([bytes as Uint8Array<ArrayBuffer>], fileName, { type: contentType });
      const result = await api.uploadFiles(file, { acl: "private" });
      if (result.error) throw new Error(`UploadThing refused the file: ${result.error.message}`);
      return result.data.key;
    },
    async signedUrl(providerKey, ttlSeconds) {
      const { ufsUrl } = await api.generateSignedURL(providerKey, { expiresIn: ttlSeconds });
      return ufsUrl;
    },
    async remove(providerKey) {
      await api.deleteFiles(providerKey);
    },
  };
}
