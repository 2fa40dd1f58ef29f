// Password hashing (argon2id via @node-rs/argon2: a maintained Rust binding with prebuilt binaries,
// so nothing compiles at install) and the contract's password rules.
import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

const commonPasswords = new Set(
  Array.from(dictionary["passwords-common"] as ArrayLike<string>, (word) => word.toLowerCase()),
);

// Algorithm 2 = argon2id; OWASP's second recommended setting (19 MiB, 2 passes).
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing anyone knows, verified when an email is unknown so both cases take as long. */
let decoyHash: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword(`decoy-${randomInt(1e9)}`);
  await verifyPassword(await decoyHash, password);
  return false;
}

/** What is wrong with a proposed password (empty when it is acceptable). */
export function passwordProblems(password: string, email?: string): string[] {
  const problems: string[] = [];
  if (password.length < 8)
    problems.push("This password is too short. It must contain at least 8 characters.");
  if (password.length > 128)
    problems.push("This password is too long. It may contain at most 128 characters.");
  if (/^\d+$/.test(password)) problems.push("This password is entirely numeric.");
  if (commonPasswords.has(password.toLowerCase())) problems.push("This password is too common.");
  const localPart = email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 3 && password.toLowerCase().includes(localPart)) {
    problems.push("The password is too similar to the email address.");
  }
  return problems;
}

const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const symbols = "!@#$%^&*-_=+?";

/** A strong password for `generate_password`: 16 characters, letters, digits and a symbol. */
export function generatePassword(): string {
  for (;;) {
    const characters = Array.from({ length: 15 }, () => alphabet[randomInt(alphabet.length)]);
    characters.splice(randomInt(16), 0, symbols[randomInt(symbols.length)]!);
    const candidate = characters.join("");
    if (/[a-z]/.test(candidate) && /[A-Z]/.test(candidate) && /\d/.test(candidate))
      return candidate;
  }
}
