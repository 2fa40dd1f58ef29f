// POST /api/v1/register/candidate/ — self-registration of a candidate (role "screening").
import { registerUser } from "@/lib/accounts/registration/register-user";
import {
  candidateRegistrationInput,
  registrationResponse,
} from "@/lib/accounts/registration/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute(
  {
    summary: "Register a candidate",
    description:
      "Creates a candidate account (role screening) and emails an email-verification code. With `generate_password` true the password fields may be omitted; a strong password is generated and emailed.",
    tags: ["Registration"],
    body: candidateRegistrationInput,
    response: registrationResponse,
    status: 201,
    errors: [400, 403],
  },
  async ({ ctx, body }) => registerUser({ ctx, input: { userType: "candidate", ...body } }),
);

export * from "@/lib/http/unserved-methods";
