CREATE TABLE "otp_request_cooldowns" (
	"email_hash" text NOT NULL,
	"purpose" "otp_purpose" NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	CONSTRAINT "otp_request_cooldowns_email_hash_purpose_pk" PRIMARY KEY("email_hash","purpose")
);
