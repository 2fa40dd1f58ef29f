CREATE TABLE "leaderboard_board_questions" (
	"snapshot_id" integer NOT NULL,
	"exam_id" integer NOT NULL,
	"position" integer NOT NULL,
	"question_id" integer NOT NULL,
	"text" text NOT NULL,
	"option_a" text NOT NULL,
	"option_b" text NOT NULL,
	"option_c" text NOT NULL,
	"option_d" text NOT NULL,
	"correct_answer" "answer_option" NOT NULL,
	CONSTRAINT "leaderboard_board_questions_snapshot_id_exam_id_question_id_pk" PRIMARY KEY("snapshot_id","exam_id","question_id")
);
--> statement-breakpoint
ALTER TABLE "leaderboard_board_questions" ADD CONSTRAINT "leaderboard_board_questions_snapshot_id_exam_id_leaderboard_boards_snapshot_id_exam_id_fk" FOREIGN KEY ("snapshot_id","exam_id") REFERENCES "public"."leaderboard_boards"("snapshot_id","exam_id") ON DELETE cascade ON UPDATE no action;