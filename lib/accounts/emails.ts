// The account emails. Each is written once, as a list of parts; `compose` renders the plain-text
// and the HTML body from the same parts, escaping everything that is not markup of our own.
import type { EmailMessage } from "@/lib/email";

type Recipient = { email: string; firstName: string };

/** A paragraph: plain text, or something shown differently in each body (a code, a link). */
type Part = string | { text: string; html: string };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export function compose(to: Recipient, subject: string, parts: Part[]): EmailMessage {
  const name = to.firstName.trim();
  const all: Part[] = [name ? `Hello ${name},` : "Hello,", ...parts];
  const text = all.map((part) => (typeof part === "string" ? part : part.text)).join("\n\n");
  const body = all
    .map((part) => `<p>${typeof part === "string" ? escapeHtml(part) : part.html}</p>`)
    .join("\n");
  const html = `<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5"><h2>${escapeHtml(subject)}</h2>\n${body}\n</body></html>`;
  return { to: to.email, subject, text, html };
}

export const code = (label: string, value: string): Part => ({
  text: `${label} ${value}`,
  html: `${escapeHtml(label)} <strong style="font-size: 1.5em; letter-spacing: 0.2em">${escapeHtml(value)}</strong>`,
});

export const link = (label: string, url: string): Part => ({
  text: url,
  html: `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`,
});

export function emailVerificationOtpEmail(
  to: Recipient,
  otp: string,
  expiresInMinutes: number,
): EmailMessage {
  return compose(to, "Verify your email address", [
    code("Your email verification code is:", otp),
    `It expires in ${expiresInMinutes} minutes. If you did not create an account, ignore this email.`,
  ]);
}

export function generatedPasswordEmail(to: Recipient, password: string): EmailMessage {
  return compose(to, "Your account password", [
    "Your account has been created with this password:",
    { text: password, html: `<code style="font-size: 1.2em">${escapeHtml(password)}</code>` },
    "Sign in with it after verifying your email, then change it to one only you know.",
  ]);
}

export function passwordChangeOtpEmail(
  to: Recipient,
  otp: string,
  expiresInMinutes: number,
): EmailMessage {
  return compose(to, "Your password change verification code", [
    code("Your password change verification code is:", otp),
    `It expires in ${expiresInMinutes} minutes. If you did not ask to change your password, ignore this email: your password stays as it is.`,
  ]);
}

export function passwordChangedEmail(
  to: Recipient,
  changedAt: Date,
  options: { keptCurrentSession?: boolean } = {},
): EmailMessage {
  const sessions = options.keptCurrentSession
    ? "Every other signed-in session has been signed out."
    : "Every signed-in session has been signed out.";
  return compose(to, "Your password was changed", [
    `The password of your account was changed at ${changedAt.toISOString()}. ${sessions}`,
    "If this was not you, reset your password at once and contact support.",
  ]);
}

export function passwordResetEmail(
  to: Recipient,
  url: string,
  expiresInMinutes: number,
): EmailMessage {
  return compose(to, "Reset your password", [
    "Someone asked to reset the password of your account. To choose a new one, open:",
    link("Choose a new password", url),
    `The link works once and expires in ${expiresInMinutes} minutes. If you did not ask for it, ignore this email.`,
  ]);
}

export function accountDeletedEmail(to: Recipient): EmailMessage {
  return compose(to, "Your account was deleted", [
    "Your account has been deleted and your personal details removed. Exam results stay on record without your name.",
    "If this was not you, contact support at once.",
  ]);
}

export function welcomeEmail(to: Recipient, appUrl: string): EmailMessage {
  return compose(to, "Welcome to the competition", [
    "Your email address is verified. Sign in to continue; the next step is verifying your identity.",
    link("Sign in", `${appUrl}/sign-in`),
  ]);
}
