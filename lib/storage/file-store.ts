// The storage port: where uploaded bytes live. Files are private: every read goes through a
// short-lived URL that the platform signs after its own access check.
export type StoredObject = { bytes: Uint8Array; contentType: string };

export interface FileStore {
  readonly kind: "local" | "uploadthing";
  /** Store bytes; returns the provider's key for them. */
  put(input: { bytes: Uint8Array; fileName: string; contentType: string }): Promise<string>;
  /** A URL that serves the file for `ttlSeconds`, then stops working. */
  signedUrl(providerKey: string, ttlSeconds: number, fileId: string): Promise<string>;
  remove(providerKey: string): Promise<void>;
}
