CREATE TABLE "leaderboard_boards" (
	"snapshot_id" integer NOT NULL,
	"exam_id" integer NOT NULL,
	"stage" "exam_stage" NOT NULL,
	"level" integer NOT NULL,
	"exam_title" text NOT NULL,
	"scheduled_date" timestamp with time zone,
	"concluded_at" timestamp with time zone NOT NULL,
	"total_questions" integer NOT NULL,
	"total_candidates" integer NOT NULL,
	"average_score" numeric(5, 2),
	"is_shown" boolean NOT NULL,
	CONSTRAINT "leaderboard_boards_snapshot_id_exam_id_pk" PRIMARY KEY("snapshot_id","exam_id")
);
--> statement-breakpoint
CREATE TABLE "leaderboard_entries" (
	"snapshot_id" integer NOT NULL,
	"exam_id" integer NOT NULL,
	"candidate_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"rank" integer NOT NULL,
	"score" numeric(5, 2) NOT NULL,
	"time_used_seconds" integer,
	"submitted_at" timestamp with time zone NOT NULL,
	"decided_by" text NOT NULL,
	CONSTRAINT "leaderboard_entries_snapshot_id_exam_id_position_pk" PRIMARY KEY("snapshot_id","exam_id","position")
);
--> statement-breakpoint
CREATE TABLE "leaderboard_snapshots" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "leaderboard_snapshots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"published_at" timestamp with time zone NOT NULL,
	"published_by_id" uuid,
	"board_count" integer NOT NULL,
	"entry_count" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "leaderboard_boards" ADD CONSTRAINT "leaderboard_boards_snapshot_id_leaderboard_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."leaderboard_snapshots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaderboard_boards" ADD CONSTRAINT "leaderboard_boards_exam_id_exams_id_fk" FOREIGN KEY ("exam_id") REFERENCES "public"."exams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaderboard_entries" ADD CONSTRAINT "leaderboard_entries_snapshot_id_leaderboard_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."leaderboard_snapshots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaderboard_entries" ADD CONSTRAINT "leaderboard_entries_candidate_id_users_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaderboard_snapshots" ADD CONSTRAINT "leaderboard_snapshots_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leaderboard_boards_stage_level_idx" ON "leaderboard_boards" USING btree ("snapshot_id","stage","level");--> statement-breakpoint
CREATE INDEX "leaderboard_entries_candidate_idx" ON "leaderboard_entries" USING btree ("snapshot_id","exam_id","candidate_id");--> statement-breakpoint
CREATE INDEX "leaderboard_entries_candidate_latest_idx" ON "leaderboard_entries" USING btree ("candidate_id","snapshot_id" desc);