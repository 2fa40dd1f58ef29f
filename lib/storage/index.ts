// The storage port's public surface; the store is chosen once, here, from the environment.
import path from "node:path";
import { appUrl, dataDir, env, services } from "@/lib/env";
import type { FileStore } from "./file-store";
import { createLocalFileStore } from "./local-file-store";
import { createUploadThingFileStore } from "./uploadthing-file-store";

export type { FileStore, StoredObject } from "./file-store";
export { createLocalFileStore } from "./local-file-store";
export { saveFile, createFileUrl, type SaveFileInput } from "./save-file";
export { verifyFileToken } from "./file-token";

export const localUploadsDir = path.join(dataDir, "uploads");

let store: FileStore | undefined;
let localStore: ReturnType<typeof createLocalFileStore> | undefined;

export function getLocalFileStore() {
  localStore ??= createLocalFileStore(localUploadsDir, appUrl);
  return localStore;
}

export function getFileStore(): FileStore {
  store ??=
    services.storage === "uploadthing"
      ? createUploadThingFileStore(env.UPLOADTHING_TOKEN!)
      : getLocalFileStore();
  return store;
}
export { checkUpload, uploadKinds, type CheckedUpload, type UploadRule } from "./check-upload";
