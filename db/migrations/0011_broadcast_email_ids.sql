ALTER TABLE "broadcast_deliveries" ADD COLUMN "email_id" uuid;--> statement-breakpoint
CREATE INDEX "notifications_broadcast_idx" ON "notifications" USING btree ("broadcast_id","user_id");