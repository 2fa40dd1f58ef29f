// POST /api/v1/register/staff/ — self-registration of a staff member (role "volunteer").
import { registerUser } from "@/lib/accounts/registration/register-user";
import { registrationResponse, staffRegistrationInput } from "@/lib/accounts/registration/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute(
  {
    summary: "Register a staff member",
    description:
      "Creates a staff account (role volunteer) and emails an email-verification code. With `generate_password` true the password fields may be omitted; a strong password is generated and emailed.",
    tags: ["Registration"],
    body: staffRegistrationInput,
    response: registrationResponse,
    status: 201,
    errors: [400, 403],
  },
  async ({ ctx, body }) => registerUser({ ctx, input: { userType: "staff", ...body } }),
);

export * from "@/lib/http/unserved-methods";
