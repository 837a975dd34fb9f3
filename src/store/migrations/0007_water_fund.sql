CREATE TABLE "water_figure" (
	"year" integer NOT NULL,
	"county" text NOT NULL,
	"field" text NOT NULL,
	"value" text NOT NULL,
	"office" text NOT NULL,
	"source" text NOT NULL,
	"late" boolean NOT NULL,
	"entered_by" text NOT NULL,
	"entered_by_name" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "water_figure_pk" PRIMARY KEY("year","county","field"),
	CONSTRAINT "water_figure_field_check" CHECK ("water_figure"."field" in ('primary_zone_area', 'catchment_area', 'water_area', 'population', 'water_quality', 'management', 'performance', 'green_rate')),
	CONSTRAINT "water_figure_office_check" CHECK ("water_figure"."office" in ('finance', 'natural_resources', 'ecology_environment', 'water_resources', 'public_security', 'development_reform')),
	CONSTRAINT "water_figure_source_check" CHECK ("water_figure"."source" in ('entry', 'import')),
	CONSTRAINT "water_figure_value_check" CHECK ("water_figure"."value" ~ '^[0-9]+(\.[0-9]+)?$')
);
--> statement-breakpoint
CREATE TABLE "water_ledger_line" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"county" text,
	"amount" numeric(14, 2) NOT NULL,
	"state" text NOT NULL,
	"paid_on" date,
	"reference" text,
	"run_id" uuid,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"paid_by" text,
	CONSTRAINT "water_ledger_line_kind_check" CHECK ("water_ledger_line"."kind" in ('contribution', 'city_share', 'transfer')),
	CONSTRAINT "water_ledger_line_state_check" CHECK ("water_ledger_line"."state" in ('due', 'paid')),
	CONSTRAINT "water_ledger_line_amount_check" CHECK ("water_ledger_line"."amount" >= 0),
	CONSTRAINT "water_ledger_line_paid_check" CHECK (("water_ledger_line"."state" = 'paid') = ("water_ledger_line"."paid_on" is not null and "water_ledger_line"."reference" is not null))
);
--> statement-breakpoint
CREATE TABLE "water_run" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"state" text NOT NULL,
	"figures_revision" integer NOT NULL,
	"parameters_version" text NOT NULL,
	"inputs" jsonb NOT NULL,
	"allocations" jsonb NOT NULL,
	"contributions" jsonb NOT NULL,
	"warnings" jsonb NOT NULL,
	"synthetic" boolean NOT NULL,
	"ran_by" text NOT NULL,
	"ran_by_name" text NOT NULL,
	"ran_at" timestamp with time zone NOT NULL,
	"approved_by" text,
	"approved_by_name" text,
	"approved_at" timestamp with time zone,
	"note" text,
	CONSTRAINT "water_run_version_unique" UNIQUE("year","version"),
	CONSTRAINT "water_run_state_check" CHECK ("water_run"."state" in ('computed', 'approved'))
);
--> statement-breakpoint
CREATE TABLE "water_self_evaluation" (
	"year" integer NOT NULL,
	"county" text NOT NULL,
	"summary" text NOT NULL,
	"score" numeric(7, 4) NOT NULL,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"late" boolean NOT NULL,
	CONSTRAINT "water_self_evaluation_pk" PRIMARY KEY("year","county"),
	CONSTRAINT "water_self_evaluation_score_check" CHECK ("water_self_evaluation"."score" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "water_use" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"county" text NOT NULL,
	"category" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"description" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "water_use_category_check" CHECK ("water_use"."category" in ('sewage_facilities', 'refuse', 'livestock', 'shoreline', 'aquatic_ecology', 'monitoring_emergency', 'online_monitoring', 'protection_works', 'villagers_medical_insurance', 'hardship_relief', 'village_collective_income', 'village_rewards', 'other_source_protection')),
	CONSTRAINT "water_use_amount_check" CHECK ("water_use"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "water_year" (
	"year" integer PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"figures_due_on" date NOT NULL,
	"self_evaluation_due_on" date NOT NULL,
	"parameters_version" text NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"figures_revision" integer DEFAULT 0 NOT NULL,
	"approved_run_id" uuid,
	"opened_by" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	CONSTRAINT "water_year_state_check" CHECK ("water_year"."state" in ('collecting', 'allocated'))
);
--> statement-breakpoint
ALTER TABLE "water_figure" ADD CONSTRAINT "water_figure_year_water_year_year_fk" FOREIGN KEY ("year") REFERENCES "public"."water_year"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "water_ledger_line" ADD CONSTRAINT "water_ledger_line_year_water_year_year_fk" FOREIGN KEY ("year") REFERENCES "public"."water_year"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "water_ledger_line" ADD CONSTRAINT "water_ledger_line_run_id_water_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."water_run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "water_run" ADD CONSTRAINT "water_run_year_water_year_year_fk" FOREIGN KEY ("year") REFERENCES "public"."water_year"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "water_self_evaluation" ADD CONSTRAINT "water_self_evaluation_year_water_year_year_fk" FOREIGN KEY ("year") REFERENCES "public"."water_year"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "water_use" ADD CONSTRAINT "water_use_year_water_year_year_fk" FOREIGN KEY ("year") REFERENCES "public"."water_year"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "water_ledger_line_year_idx" ON "water_ledger_line" USING btree ("year");--> statement-breakpoint
CREATE INDEX "water_use_year_county_idx" ON "water_use" USING btree ("year","county");--> statement-breakpoint
-- At most one approved allocation run per year (28号 第八条: the year's fund is allocated once).
CREATE UNIQUE INDEX "water_run_one_approved" ON "water_run" ("year") WHERE "state" = 'approved';--> statement-breakpoint
-- One contribution line per payer and one transfer per receiver in a year; one city share.
CREATE UNIQUE INDEX "water_ledger_line_once" ON "water_ledger_line" ("year", "kind", coalesce("county", ''));--> statement-breakpoint
ALTER TABLE "water_ledger_line" ADD CONSTRAINT "water_ledger_line_county_check" CHECK (("kind" = 'city_share') = ("county" is null));
