CREATE TABLE "relief_cost" (
	"family_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"total_cost" numeric(14, 2) NOT NULL,
	"basic_insurance" numeric(14, 2) NOT NULL,
	"critical_illness" numeric(14, 2) NOT NULL,
	"medical_assistance" numeric(14, 2) NOT NULL,
	"huiminbao" numeric(14, 2) NOT NULL,
	"out_of_pocket" numeric(14, 2) NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "relief_cost_pk" PRIMARY KEY("family_id","year"),
	CONSTRAINT "relief_cost_non_negative" CHECK ("relief_cost"."total_cost" >= 0 and "relief_cost"."basic_insurance" >= 0 and "relief_cost"."critical_illness" >= 0 and "relief_cost"."medical_assistance" >= 0 and "relief_cost"."huiminbao" >= 0 and "relief_cost"."out_of_pocket" >= 0),
	CONSTRAINT "relief_cost_balances" CHECK ("relief_cost"."out_of_pocket" = "relief_cost"."total_cost" - "relief_cost"."basic_insurance" - "relief_cost"."critical_illness" - "relief_cost"."medical_assistance" - "relief_cost"."huiminbao")
);
--> statement-breakpoint
CREATE TABLE "relief_family" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_code" text NOT NULL,
	"county" text NOT NULL,
	"township" text NOT NULL,
	"category" integer,
	"category_note" text,
	"category_set_by" text,
	"category_set_at" timestamp with time zone,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "relief_family_family_code_unique" UNIQUE("family_code"),
	CONSTRAINT "relief_family_category_check" CHECK ("relief_family"."category" is null or "relief_family"."category" in (1, 2))
);
--> statement-breakpoint
CREATE TABLE "relief_fund_receipt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"county" text NOT NULL,
	"source" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"received_on" date NOT NULL,
	"reference" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "relief_fund_receipt_positive" CHECK ("relief_fund_receipt"."amount" > 0),
	CONSTRAINT "relief_fund_receipt_source_check" CHECK ("relief_fund_receipt"."source" in ('city', 'local_match'))
);
--> statement-breakpoint
CREATE TABLE "relief_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"id_number" text NOT NULL,
	"relation" text NOT NULL,
	"is_head" boolean NOT NULL,
	"insured" boolean NOT NULL,
	"insurance_kind" text,
	CONSTRAINT "relief_member_id_number_unique" UNIQUE("id_number"),
	CONSTRAINT "relief_member_position_unique" UNIQUE("family_id","position"),
	CONSTRAINT "relief_member_kind_check" CHECK ("relief_member"."insurance_kind" is null or "relief_member"."insurance_kind" in ('resident', 'employee'))
);
--> statement-breakpoint
CREATE TABLE "relief_payment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"run_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"county" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"paid_on" date NOT NULL,
	"paid_by" text NOT NULL,
	"paid_at" timestamp with time zone NOT NULL,
	CONSTRAINT "relief_payment_family_year_unique" UNIQUE("family_id","year"),
	CONSTRAINT "relief_payment_positive" CHECK ("relief_payment"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "relief_run" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"state" text NOT NULL,
	"parameter_source" text NOT NULL,
	"total" numeric(14, 2) NOT NULL,
	"warnings" jsonb NOT NULL,
	"synthetic" boolean NOT NULL,
	"computed_by" text NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"approved_by" text,
	"approved_at" timestamp with time zone,
	"approval_note" text,
	CONSTRAINT "relief_run_state_check" CHECK ("relief_run"."state" in ('computed', 'approved'))
);
--> statement-breakpoint
CREATE TABLE "relief_run_family" (
	"run_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"family_code" text NOT NULL,
	"county" text NOT NULL,
	"township" text NOT NULL,
	"category" integer NOT NULL,
	"covered" boolean NOT NULL,
	"members" integer NOT NULL,
	"insured_members" integer NOT NULL,
	"out_of_pocket" numeric(14, 2) NOT NULL,
	"relief" numeric(14, 2) NOT NULL,
	"level" text NOT NULL,
	CONSTRAINT "relief_run_family_pk" PRIMARY KEY("run_id","family_id"),
	CONSTRAINT "relief_run_family_relief_non_negative" CHECK ("relief_run_family"."relief" >= 0),
	CONSTRAINT "relief_run_family_level_check" CHECK ("relief_run_family"."level" in ('none', 'watch', 'relief_due', 'uninsured'))
);
--> statement-breakpoint
CREATE TABLE "relief_visit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"warning_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"result" text NOT NULL,
	"note" text NOT NULL,
	"by_account" text NOT NULL,
	"by_name" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "relief_visit_result_check" CHECK ("relief_visit"."result" in ('verified', 'help_arranged', 'not_found', 'no_need'))
);
--> statement-breakpoint
CREATE TABLE "relief_warning" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"family_id" uuid NOT NULL,
	"level" text NOT NULL,
	"raised_on" date NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	CONSTRAINT "relief_warning_family_year_unique" UNIQUE("family_id","year"),
	CONSTRAINT "relief_warning_level_check" CHECK ("relief_warning"."level" in ('none', 'watch', 'relief_due', 'uninsured'))
);
--> statement-breakpoint
ALTER TABLE "relief_cost" ADD CONSTRAINT "relief_cost_family_id_relief_family_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."relief_family"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_member" ADD CONSTRAINT "relief_member_family_id_relief_family_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."relief_family"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_payment" ADD CONSTRAINT "relief_payment_run_id_relief_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."relief_run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_payment" ADD CONSTRAINT "relief_payment_family_id_relief_family_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."relief_family"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_run_family" ADD CONSTRAINT "relief_run_family_run_id_relief_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."relief_run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_run_family" ADD CONSTRAINT "relief_run_family_family_id_relief_family_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."relief_family"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_visit" ADD CONSTRAINT "relief_visit_warning_id_relief_warning_id_fk" FOREIGN KEY ("warning_id") REFERENCES "public"."relief_warning"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_warning" ADD CONSTRAINT "relief_warning_family_id_relief_family_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."relief_family"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "relief_family_place_idx" ON "relief_family" USING btree ("county","township","family_code");--> statement-breakpoint
CREATE INDEX "relief_fund_receipt_year_idx" ON "relief_fund_receipt" USING btree ("year","county");--> statement-breakpoint
CREATE INDEX "relief_payment_year_idx" ON "relief_payment" USING btree ("year","county");--> statement-breakpoint
CREATE INDEX "relief_run_year_idx" ON "relief_run" USING btree ("year","computed_at");--> statement-breakpoint
CREATE INDEX "relief_visit_warning_idx" ON "relief_visit" USING btree ("warning_id","recorded_at");