import { users } from "@/db/schema";
import { hashPassword } from "@/lib/accounts/password/passwords";
import { candidateRoles, staffRoles } from "@/lib/auth/roles";
import type { Seeder } from "../seeder";

/** One demo password for every demo account, printed at start-up. Demo data only. */
export const demoPassword = "Demo-Competition-2026";

const staffNames: Record<string, [string, string, string]> = {
  superadmin: ["Sade", "Okafor", "Competition director"],
  manager: ["Tunde", "Bello", "Operations manager"],
  admin: ["Amina", "Yusuf", "Exams administrator"],
  moderator: ["Kofi", "Mensah", "Question moderator"],
  volunteer: ["Ngozi", "Eze", "Invigilator"],
  sponsor: ["Lara", "Adeyemi", "Sponsor liaison"],
};
const candidateNames: Record<string, [string, string, string]> = {
  screening: ["Chidi", "Obi", "Unity Secondary School"],
  league: ["Zainab", "Musa", "Greenfield College"],
  final: ["Femi", "Alade", "Hilltop Academy"],
  winner: ["Ada", "Nwosu", "Riverside High School"],
};

/** A staff member of every role and a candidate of every role, all verified and able to sign in. */
export const peopleSeeder: Seeder = {
  name: "people",
  async run({ ctx }) {
    const passwordHash = await hashPassword(demoPassword);
    const now = ctx.clock.now();
    const base = {
      passwordHash,
      isEmailVerified: true,
      emailVerifiedAt: now,
      isUserVerified: true,
      registrationSource: "seed" as const,
    };
    const rows = [
      ...[...staffRoles, "sponsor"].map((role) => {
        const [firstName, lastName, occupation] = staffNames[role]!;
        return {
          ...base,
          email: `${role}@demo.example.com`,
          firstName,
          lastName,
          occupation,
          userType: "staff" as const,
          role,
        };
      }),
      ...candidateRoles.map((role) => {
        const [firstName, lastName, school] = candidateNames[role]!;
        return {
          ...base,
          email: `${role}.candidate@demo.example.com`,
          firstName,
          lastName,
          school,
          userType: "candidate" as const,
          role,
        };
      }),
    ];
    await ctx.db.insert(users).values(rows);
    return [
      { label: "Demo password (every demo account)", value: demoPassword },
      ...rows.map((row) => ({
        label: `${row.userType === "staff" ? "Staff" : "Candidate"} ${row.role}`,
        value: row.email,
      })),
    ];
  },
};
