// The cookie that carries a new person's registration proof from the registration form to the
// email-code form (lib/accounts/registration/sign-in-proof.ts): httpOnly (no script reads it),
// SameSite=Strict, Secure on https, sent only to /verify-email, gone after its one use.
import { cookies } from "next/headers";
import { appUrl } from "@/lib/env";

const name = "registration_proof";
const path = "/verify-email";

export async function setProofCookie(proof: { token: string; expiresAt: Date }): Promise<void> {
  (await cookies()).set(name, proof.token, {
    httpOnly: true,
    sameSite: "strict",
    secure: appUrl.startsWith("https:"),
    path,
    expires: proof.expiresAt,
  });
}

/** The proof this browser holds, removed from the browser as it is read (it serves once). */
export async function takeProofCookie(): Promise<string | null> {
  const jar = await cookies();
  const token = jar.get(name)?.value ?? null;
  if (token) jar.delete({ name, path });
  return token;
}
