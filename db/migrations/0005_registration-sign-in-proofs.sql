CREATE TABLE "registration_sign_in_proofs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"otp_verified_at" timestamp with time zone,
	"consumed_at" timestamp with time zone,
	CONSTRAINT "registration_sign_in_proofs_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "registration_sign_in_proofs" ADD CONSTRAINT "registration_sign_in_proofs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registration_sign_in_proofs_user_idx" ON "registration_sign_in_proofs" USING btree ("user_id");