// Single-use tokens sent to people (reset links, sign-in proofs) are stored only as their SHA-256.
import { createHash } from "node:crypto";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
