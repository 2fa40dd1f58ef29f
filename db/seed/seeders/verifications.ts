// Demo identity verifications: people with a pending, an approved and a rejected submission (real
// small documents through the storage port), and one who has not submitted yet.
import { eq } from "drizzle-orm";
import { deflateSync } from "node:zlib";
import { userVerifications, users } from "@/db/schema";
import { hashPassword } from "@/lib/accounts/password/passwords";
import { getFileStore, saveFile } from "@/lib/storage";
import type { Seeder } from "../seeder";
import { demoPassword } from "./people";

type DemoPerson = {
  email: string;
  firstName: string;
  lastName: string;
  userType: "candidate" | "staff";
  role: string;
  colour: [number, number, number];
  verification: { status: "pending" | "approved" | "rejected"; reason?: string } | null;
};

const demoPeople: DemoPerson[] = [
  {
    email: "pending.candidate@demo.example.com",
    firstName: "Tobi",
    lastName: "Afolabi",
    userType: "candidate",
    role: "screening",
    colour: [66, 133, 244],
    verification: { status: "pending" },
  },
  {
    email: "pending.staff@demo.example.com",
    firstName: "Efe",
    lastName: "Ighodaro",
    userType: "staff",
    role: "volunteer",
    colour: [52, 168, 83],
    verification: { status: "pending" },
  },
  {
    email: "approved.candidate2@demo.example.com",
    firstName: "Halima",
    lastName: "Sani",
    userType: "candidate",
    role: "screening",
    colour: [251, 188, 5],
    verification: { status: "approved" },
  },
  {
    email: "rejected.candidate@demo.example.com",
    firstName: "Uche",
    lastName: "Nnamdi",
    userType: "candidate",
    role: "screening",
    colour: [234, 67, 53],
    verification: {
      status: "rejected",
      reason: "The ID card photo is too blurry to read. Please upload a sharper scan.",
    },
  },
  {
    email: "unverified.candidate@demo.example.com",
    firstName: "Bisi",
    lastName: "Lawal",
    userType: "candidate",
    role: "screening",
    colour: [128, 128, 128],
    verification: null,
  },
];

export const verificationsSeeder: Seeder = {
  name: "verifications",
  async run({ ctx }) {
    const passwordHash = await hashPassword(demoPassword);
    const now = ctx.clock.now();
    const [reviewer] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "manager@demo.example.com"))
      .limit(1);

    for (const [index, demo] of demoPeople.entries()) {
      const [user] = await ctx.db
        .insert(users)
        .values({
          email: demo.email,
          firstName: demo.firstName,
          lastName: demo.lastName,
          userType: demo.userType,
          role: demo.role,
          school: demo.userType === "candidate" ? "Demo Community School" : null,
          occupation: demo.userType === "staff" ? "Invigilator" : null,
          passwordHash,
          isEmailVerified: true,
          emailVerifiedAt: now,
          isUserVerified: demo.verification?.status === "approved",
          registrationSource: "seed",
        })
        .returning({ id: users.id });
      if (!demo.verification) continue;

      const name = `${demo.firstName} ${demo.lastName}`;
      const save = (type: string, bytes: Uint8Array, fileName: string, contentType: string) =>
        saveFile({
          ctx,
          store: getFileStore(),
          input: {
            bytes,
            fileName,
            contentType,
            purpose: `verification:${type}`,
            ownerId: user!.id,
          },
        });
      const face = await save("face_id", solidPng(demo.colour), "face.png", "image/png");
      const card = await save(
        "id_card",
        onePagePdf(`Demo ID card: ${name}`),
        "id-card.pdf",
        "application/pdf",
      );
      const letter = await save(
        "verification_document",
        solidPng(demo.colour.map((value) => 255 - value) as [number, number, number]),
        "document.png",
        "image/png",
      );
      const submittedAt = new Date(now.getTime() - (index + 1) * 3_600_000);
      const decided = demo.verification.status !== "pending";
      await ctx.db.insert(userVerifications).values({
        userId: user!.id,
        status: demo.verification.status,
        faceIdFileId: face.id,
        idCardFileId: card.id,
        verificationDocumentFileId: letter.id,
        rejectionReason: demo.verification.reason ?? null,
        submittedAt,
        reviewedAt: decided ? new Date(submittedAt.getTime() + 1_800_000) : null,
        reviewedById: decided ? (reviewer?.id ?? null) : null,
        createdAt: submittedAt,
        updatedAt: now,
      });
    }

    return demoPeople.map((demo) => ({
      label: `Verification demo (${demo.verification?.status ?? "not submitted"}, ${demo.userType})`,
      value: demo.email,
    }));
  },
};

// --- Tiny real documents -------------------------------------------------------------------

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A 64×64 PNG of one colour (8-bit RGB), a visible placeholder for a photo. */
export function solidPng([red, green, blue]: [number, number, number], size = 64): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, default compression/filter/interlace
  const row = Buffer.alloc(1 + size * 3); // filter byte 0, then the pixels
  for (let x = 0; x < size; x += 1) row.set([red, green, blue], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk("IHDR", header),
      pngChunk("IDAT", deflateSync(pixels)),
      pngChunk("IEND", new Uint8Array()),
    ]),
  );
}

/** A one-page PDF with one line of text, with a correct cross-reference table. */
export function onePagePdf(line: string): Uint8Array {
  const text = line.replace(/[\\()]/g, (character) => `\\${character}`);
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1"));
}
