CREATE TABLE "calendar_year" (
	"year" integer PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"holidays" jsonb NOT NULL,
	"working_days" jsonb NOT NULL,
	"entered_by" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "calendar_year_range" CHECK ("calendar_year"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "demo_clock" (
	"id" text PRIMARY KEY NOT NULL,
	"offset_days" integer NOT NULL,
	"set_today" date NOT NULL,
	"set_by" text NOT NULL,
	"set_at" timestamp with time zone NOT NULL,
	CONSTRAINT "demo_clock_single" CHECK ("demo_clock"."id" = 'procedure')
);
