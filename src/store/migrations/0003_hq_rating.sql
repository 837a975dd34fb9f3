CREATE TABLE "hq_batch" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"announcement_text" text NOT NULL,
	"announcement_on" date NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"rating_date" date NOT NULL,
	"publicity_working_days" integer DEFAULT 7 NOT NULL,
	"settings" jsonb NOT NULL,
	"state" text NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"publicity_round" integer DEFAULT 0 NOT NULL,
	"publicity_starts_on" date,
	"publicity_ends_on" date,
	"approval_run_id" uuid,
	"published_run_id" uuid,
	"final_on" date,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "hq_batch_state_check" CHECK ("hq_batch"."state" in ('draft', 'open', 'review', 're_review', 'rating', 'approval', 'approved', 'publicity', 'final')),
	CONSTRAINT "hq_batch_window_check" CHECK ("hq_batch"."closes_on" >= "hq_batch"."opens_on"),
	CONSTRAINT "hq_batch_publicity_days_check" CHECK ("hq_batch"."publicity_working_days" between 1 and 60)
);
--> statement-breakpoint
CREATE TABLE "hq_batch_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"batch_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" text NOT NULL,
	"actor_role" text NOT NULL,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"note" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "hq_county_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"county" text NOT NULL,
	"letter_number" text NOT NULL,
	"letter_date" date NOT NULL,
	"reported_by" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "hq_county_report_letter_unique" UNIQUE("batch_id","county","letter_number")
);
--> statement-breakpoint
CREATE TABLE "hq_application" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"uscc" text NOT NULL,
	"state" text NOT NULL,
	"county" text NOT NULL,
	"name" text NOT NULL,
	"registered_capital_yuan" numeric,
	"paid_in_capital_yuan" numeric,
	"legal_representative" text,
	"registered_on" date,
	"registered_address" text,
	"business_address" text,
	"contact_name" text,
	"contact_phone" text,
	"contact_mobile" text,
	"contact_email" text,
	"hq_type" text,
	"industry_code" text,
	"main_business" text,
	"registration_type" text,
	"shareholder_type" text,
	"listing_venue" text,
	"listing_venue_other" text,
	"top500_last_year" jsonb,
	"outside_wenzhou_count" integer,
	"owns_office_property" boolean,
	"revenue_2y_yuan" numeric,
	"contribution_2y_yuan" numeric,
	"rd_2y_yuan" numeric,
	"pension_payers" integer,
	"tax_filers" integer,
	"top500_3y" jsonb,
	"listings_3y" integer,
	"county_report_id" uuid,
	"submitted_at" timestamp with time zone,
	"stars" integer,
	"final_on" date,
	"valid_until" date,
	"revoked_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "hq_application_batch_uscc_unique" UNIQUE("batch_id","uscc"),
	CONSTRAINT "hq_application_state_check" CHECK ("hq_application"."state" in ('draft', 'submitted', 'returned', 'county_passed', 'county_rejected', 'reported', 're_review', 'verified', 're_review_rejected', 'rated', 'approved', 'not_approved', 'published', 'final', 'revoked')),
	CONSTRAINT "hq_application_hq_type_check" CHECK ("hq_application"."hq_type" in ('top500_hq', 'listed_hq', 'other')),
	CONSTRAINT "hq_application_registration_type_check" CHECK ("hq_application"."registration_type" in ('domestic_state_owned', 'domestic_collective', 'domestic_joint_stock_cooperative', 'domestic_limited_liability', 'domestic_joint_stock', 'domestic_private', 'domestic_other', 'hmt_joint_venture', 'hmt_cooperative', 'hmt_sole', 'hmt_joint_stock', 'hmt_other', 'foreign_joint_venture', 'foreign_cooperative', 'foreign_sole', 'foreign_joint_stock', 'foreign_other')),
	CONSTRAINT "hq_application_shareholder_type_check" CHECK ("hq_application"."shareholder_type" in ('state', 'collective', 'private', 'hmt', 'foreign', 'other')),
	CONSTRAINT "hq_application_listing_venue_check" CHECK ("hq_application"."listing_venue" in ('bse', 'sse', 'szse', 'hkex', 'nasdaq', 'nyse', 'other', 'not_listed')),
	CONSTRAINT "hq_application_stars_check" CHECK ("hq_application"."stars" between 1 and 5),
	CONSTRAINT "hq_application_amounts_check" CHECK ("hq_application"."revenue_2y_yuan" >= 0 and "hq_application"."contribution_2y_yuan" >= 0 and "hq_application"."rd_2y_yuan" >= 0)
);
--> statement-breakpoint
CREATE TABLE "hq_application_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" text NOT NULL,
	"actor_role" text NOT NULL,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"note" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "hq_enterprise" (
	"uscc" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"county" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hq_subsidiary" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"uscc" text NOT NULL,
	"holding_share_percent" numeric NOT NULL,
	CONSTRAINT "hq_subsidiary_position_unique" UNIQUE("application_id","position"),
	CONSTRAINT "hq_subsidiary_kind_check" CHECK ("hq_subsidiary"."kind" in ('branch', 'subsidiary')),
	CONSTRAINT "hq_subsidiary_share_check" CHECK ("hq_subsidiary"."holding_share_percent" >= 50 and "hq_subsidiary"."holding_share_percent" <= 100)
);
--> statement-breakpoint
CREATE TABLE "hq_material" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"removed_by" text,
	"removed_at" timestamp with time zone,
	CONSTRAINT "hq_material_kind_check" CHECK ("hq_material"."kind" in ('application_form', 'financial_statements', 'business_licences', 'tax_contribution_sheet', 'commitment_letter', 'hq_authorisation', 'other_evidence')),
	CONSTRAINT "hq_material_size_check" CHECK ("hq_material"."size_bytes" > 0 and "hq_material"."size_bytes" <= 20971520),
	CONSTRAINT "hq_material_sha256_check" CHECK ("hq_material"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "hq_verification_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"key" text NOT NULL,
	"department" text NOT NULL,
	"state" text NOT NULL,
	"declared_value" text NOT NULL,
	"corrected_value" text,
	"note" text,
	"verified_by" text,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "hq_verification_item_unique" UNIQUE("application_id","key"),
	CONSTRAINT "hq_verification_item_key_check" CHECK ("hq_verification_item"."key" in ('registration', 'credit', 'revenue_2y', 'contribution_2y', 'rd_2y', 'pension_payers', 'tax_filers', 'top500', 'listings_3y')),
	CONSTRAINT "hq_verification_item_state_check" CHECK ("hq_verification_item"."state" in ('pending', 'verified', 'corrected')),
	CONSTRAINT "hq_verification_item_department_check" CHECK ("hq_verification_item"."department" in ('market_supervision', 'financial_regulation', 'tax', 'finance', 'development_reform', 'hr_social_security', 'investment_promotion'))
);
--> statement-breakpoint
CREATE TABLE "hq_decision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"application_id" uuid,
	"kind" text NOT NULL,
	"reason" text,
	"decided_by" text NOT NULL,
	"decided_role" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "hq_decision_kind_check" CHECK ("hq_decision"."kind" in ('submitted', 'approved', 'sent_back', 'not_approved'))
);
--> statement-breakpoint
CREATE TABLE "hq_rating_run" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"rating_date" date NOT NULL,
	"batch_year" integer NOT NULL,
	"parameter_source" text NOT NULL,
	"parameters_effective_from" date NOT NULL,
	"settings" jsonb NOT NULL,
	"inputs" jsonb NOT NULL,
	"results" jsonb NOT NULL,
	"unscored" jsonb NOT NULL,
	"warnings" jsonb NOT NULL,
	"synthetic" boolean NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "hq_rating_run_version_unique" UNIQUE("batch_id","version")
);
--> statement-breakpoint
CREATE TABLE "hq_objection" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"reason" text NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"filed_by" text NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"state" text NOT NULL,
	"outcome_reason" text,
	"figures_changed" boolean DEFAULT false NOT NULL,
	"resolved_by" text,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "hq_objection_state_check" CHECK ("hq_objection"."state" in ('open', 'dismissed', 'upheld'))
);
--> statement-breakpoint
CREATE TABLE "hq_benefit_claim" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"amount_yuan" numeric,
	"note" text,
	"claimed_by" text NOT NULL,
	"claimed_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	CONSTRAINT "hq_benefit_claim_once" UNIQUE("application_id","kind"),
	CONSTRAINT "hq_benefit_claim_kind_check" CHECK ("hq_benefit_claim"."kind" in ('star_card', 'school_enrolment', 'rent_subsidy', 'purchase_subsidy')),
	CONSTRAINT "hq_benefit_claim_state_check" CHECK ("hq_benefit_claim"."state" in ('claimed', 'ended')),
	CONSTRAINT "hq_benefit_claim_amount_check" CHECK ("hq_benefit_claim"."amount_yuan" >= 0)
);
--> statement-breakpoint
CREATE TABLE "hq_re_review_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"requested_by" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"state" text NOT NULL,
	"outcome" text,
	"previous_stars" integer NOT NULL,
	"new_stars" integer,
	"decision_reason" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "hq_re_review_request_state_check" CHECK ("hq_re_review_request"."state" in ('open', 'decided')),
	CONSTRAINT "hq_re_review_request_outcome_check" CHECK ("hq_re_review_request"."outcome" in ('kept', 'changed')),
	CONSTRAINT "hq_re_review_request_stars_check" CHECK ("hq_re_review_request"."new_stars" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "hq_revocation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"reason" integer NOT NULL,
	"note" text NOT NULL,
	"decided_by" text NOT NULL,
	"decided_by_name" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"effective_on" date NOT NULL,
	CONSTRAINT "hq_revocation_once" UNIQUE("application_id"),
	CONSTRAINT "hq_revocation_reason_check" CHECK ("hq_revocation"."reason" in (1, 2, 3, 4))
);
--> statement-breakpoint
CREATE TABLE "hq_support_note" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "hq_support_note_kind_check" CHECK ("hq_support_note"."kind" in ('land_support', 'finance_support', 'credit_support'))
);
--> statement-breakpoint
ALTER TABLE "hq_batch_event" ADD CONSTRAINT "hq_batch_event_batch_id_hq_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."hq_batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_county_report" ADD CONSTRAINT "hq_county_report_batch_id_hq_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."hq_batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_application" ADD CONSTRAINT "hq_application_batch_id_hq_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."hq_batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_application" ADD CONSTRAINT "hq_application_uscc_hq_enterprise_uscc_fk" FOREIGN KEY ("uscc") REFERENCES "public"."hq_enterprise"("uscc") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_application" ADD CONSTRAINT "hq_application_county_report_id_hq_county_report_id_fk" FOREIGN KEY ("county_report_id") REFERENCES "public"."hq_county_report"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_application_event" ADD CONSTRAINT "hq_application_event_application_id_hq_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."hq_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_subsidiary" ADD CONSTRAINT "hq_subsidiary_application_id_hq_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."hq_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_material" ADD CONSTRAINT "hq_material_application_id_hq_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."hq_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_verification_item" ADD CONSTRAINT "hq_verification_item_application_id_hq_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."hq_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_decision" ADD CONSTRAINT "hq_decision_batch_id_hq_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."hq_batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_decision" ADD CONSTRAINT "hq_decision_run_id_hq_rating_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."hq_rating_run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_decision" ADD CONSTRAINT "hq_decision_application_id_hq_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."hq_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_rating_run" ADD CONSTRAINT "hq_rating_run_batch_id_hq_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."hq_batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_objection" ADD CONSTRAINT "hq_objection_batch_id_hq_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."hq_batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_objection" ADD CONSTRAINT "hq_objection_application_id_hq_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."hq_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_benefit_claim" ADD CONSTRAINT "hq_benefit_claim_application_id_hq_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."hq_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_re_review_request" ADD CONSTRAINT "hq_re_review_request_application_id_hq_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."hq_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_revocation" ADD CONSTRAINT "hq_revocation_application_id_hq_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."hq_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hq_support_note" ADD CONSTRAINT "hq_support_note_application_id_hq_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."hq_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hq_batch_event_batch_idx" ON "hq_batch_event" USING btree ("batch_id","id");--> statement-breakpoint
CREATE INDEX "hq_application_batch_county_idx" ON "hq_application" USING btree ("batch_id","county","state");--> statement-breakpoint
CREATE INDEX "hq_application_event_application_idx" ON "hq_application_event" USING btree ("application_id","id");--> statement-breakpoint
CREATE INDEX "hq_material_application_idx" ON "hq_material" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "hq_verification_item_department_idx" ON "hq_verification_item" USING btree ("department","state");--> statement-breakpoint
CREATE INDEX "hq_decision_batch_idx" ON "hq_decision" USING btree ("batch_id","run_id");--> statement-breakpoint
CREATE INDEX "hq_objection_batch_idx" ON "hq_objection" USING btree ("batch_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "hq_benefit_claim_rent_or_purchase" ON "hq_benefit_claim" USING btree ("application_id") WHERE "hq_benefit_claim"."kind" in ('rent_subsidy', 'purchase_subsidy');--> statement-breakpoint
CREATE UNIQUE INDEX "hq_re_review_request_one_open" ON "hq_re_review_request" USING btree ("application_id") WHERE "hq_re_review_request"."state" = 'open';--> statement-breakpoint
CREATE INDEX "hq_re_review_request_application_idx" ON "hq_re_review_request" USING btree ("application_id");