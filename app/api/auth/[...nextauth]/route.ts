// GET, POST /api/auth/* — Auth.js (browser sign-in and sign-out).
import { handlers } from "@/auth";

export const { GET, POST } = handlers;
