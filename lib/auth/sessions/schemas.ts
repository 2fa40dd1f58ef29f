import { z } from "zod";
import { profile } from "@/lib/accounts/profile";

const email = z.email("Enter a valid email address.").max(254);

export const loginInput = z.object({
  email,
  password: z.string().min(1, "This field may not be blank.").max(128),
});

export const loginResponse = z.object({ refresh: z.string(), access: z.string(), profile });

export const refreshInput = z.object({
  refresh: z.string().min(1, "This field may not be blank.").max(2_000),
});

export const tokenPair = z.object({ access: z.string(), refresh: z.string() });
