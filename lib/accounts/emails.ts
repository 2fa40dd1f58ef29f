// The account emails: each has a plain-text and an HTML body. Names are escaped in the HTML.
import type { EmailMessage } from "@/lib/email";

type Recipient = { email: string; firstName: string };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function greeting(firstName: string): string {
  return firstName.trim() ? `Hello ${firstName.trim()},` : "Hello,";
}

function layout(title: string, paragraphs: string[]): string {
  const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join("\n");
  return `<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5"><h2>${escapeHtml(title)}</h2>\n${body}\n</body></html>`;
}

function codeBlock(code: string): string {
  return `<strong style="font-size: 1.5em; letter-spacing: 0.2em">${escapeHtml(code)}</strong>`;
}

export function emailVerificationOtpEmail(
  to: Recipient,
  code: string,
  expiresInMinutes: number,
): EmailMessage {
  const subject = "Verify your email address";
  return {
    to: to.email,
    subject,
    text: [
      greeting(to.firstName),
      "",
      `Your email verification code is: ${code}`,
      "",
      `It expires in ${expiresInMinutes} minutes. If you did not create an account, ignore this email.`,
    ].join("\n"),
    html: layout(subject, [
      escapeHtml(greeting(to.firstName)),
      `Your email verification code is: ${codeBlock(code)}`,
      `It expires in ${expiresInMinutes} minutes. If you did not create an account, ignore this email.`,
    ]),
  };
}

export function generatedPasswordEmail(to: Recipient, password: string): EmailMessage {
  const subject = "Your account password";
  return {
    to: to.email,
    subject,
    text: [
      greeting(to.firstName),
      "",
      "Your account has been created with this password:",
      "",
      password,
      "",
      "Sign in with it after verifying your email, then change it to one only you know.",
    ].join("\n"),
    html: layout(subject, [
      escapeHtml(greeting(to.firstName)),
      "Your account has been created with this password:",
      `<code style="font-size: 1.2em">${escapeHtml(password)}</code>`,
      "Sign in with it after verifying your email, then change it to one only you know.",
    ]),
  };
}

export function passwordChangeOtpEmail(
  to: Recipient,
  code: string,
  expiresInMinutes: number,
): EmailMessage {
  const subject = "Your password change verification code";
  return {
    to: to.email,
    subject,
    text: [
      greeting(to.firstName),
      "",
      `Your password change verification code is: ${code}`,
      "",
      `It expires in ${expiresInMinutes} minutes. If you did not ask to change your password, ignore this email: your password stays as it is.`,
    ].join("\n"),
    html: layout(subject, [
      escapeHtml(greeting(to.firstName)),
      `Your password change verification code is: ${codeBlock(code)}`,
      `It expires in ${expiresInMinutes} minutes. If you did not ask to change your password, ignore this email: your password stays as it is.`,
    ]),
  };
}

export function passwordChangedEmail(
  to: Recipient,
  changedAt: Date,
  options: { keptCurrentSession?: boolean } = {},
): EmailMessage {
  const subject = "Your password was changed";
  const when = changedAt.toISOString();
  const sessionsLine = options.keptCurrentSession
    ? "Every other signed-in session has been signed out."
    : "Every signed-in session has been signed out.";
  return {
    to: to.email,
    subject,
    text: [
      greeting(to.firstName),
      "",
      `The password of your account was changed at ${when}. ${sessionsLine}`,
      "",
      "If this was not you, reset your password at once and contact support.",
    ].join("\n"),
    html: layout(subject, [
      escapeHtml(greeting(to.firstName)),
      `The password of your account was changed at ${escapeHtml(when)}. ${sessionsLine}`,
      "If this was not you, reset your password at once and contact support.",
    ]),
  };
}

export function passwordResetEmail(
  to: Recipient,
  link: string,
  expiresInMinutes: number,
): EmailMessage {
  const subject = "Reset your password";
  return {
    to: to.email,
    subject,
    text: [
      greeting(to.firstName),
      "",
      "Someone asked to reset the password of your account. To choose a new one, open:",
      link,
      "",
      `The link works once and expires in ${expiresInMinutes} minutes. If you did not ask for it, ignore this email.`,
    ].join("\n"),
    html: layout(subject, [
      escapeHtml(greeting(to.firstName)),
      "Someone asked to reset the password of your account.",
      `<a href="${escapeHtml(link)}">Choose a new password</a>`,
      `The link works once and expires in ${expiresInMinutes} minutes. If you did not ask for it, ignore this email.`,
    ]),
  };
}

export function accountDeletedEmail(to: Recipient): EmailMessage {
  const subject = "Your account was deleted";
  return {
    to: to.email,
    subject,
    text: [
      greeting(to.firstName),
      "",
      "Your account has been deleted and your personal details removed. Exam results stay on record without your name.",
      "",
      "If this was not you, contact support at once.",
    ].join("\n"),
    html: layout(subject, [
      escapeHtml(greeting(to.firstName)),
      "Your account has been deleted and your personal details removed. Exam results stay on record without your name.",
      "If this was not you, contact support at once.",
    ]),
  };
}

export function welcomeEmail(to: Recipient, appUrl: string): EmailMessage {
  const subject = "Welcome to the competition";
  const signIn = `${appUrl}/sign-in`;
  return {
    to: to.email,
    subject,
    text: [
      greeting(to.firstName),
      "",
      "Your email address is verified. Sign in to continue; the next step is verifying your identity.",
      signIn,
    ].join("\n"),
    html: layout(subject, [
      escapeHtml(greeting(to.firstName)),
      "Your email address is verified. Sign in to continue; the next step is verifying your identity.",
      `<a href="${escapeHtml(signIn)}">Sign in</a>`,
    ]),
  };
}
