ALTER TABLE "hq_benefit_claim" DROP CONSTRAINT "hq_benefit_claim_once";--> statement-breakpoint
ALTER TABLE "hq_benefit_claim" DROP CONSTRAINT "hq_benefit_claim_state_check";--> statement-breakpoint
DROP INDEX "hq_benefit_claim_rent_or_purchase";--> statement-breakpoint
ALTER TABLE "hq_benefit_claim" ADD COLUMN "decided_by" text;--> statement-breakpoint
ALTER TABLE "hq_benefit_claim" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "hq_benefit_claim" ADD COLUMN "decision_note" text;--> statement-breakpoint
ALTER TABLE "hq_benefit_claim" ADD COLUMN "share_percent" numeric;--> statement-breakpoint
ALTER TABLE "hq_benefit_claim" ADD COLUMN "granted_yuan" numeric;--> statement-breakpoint
CREATE UNIQUE INDEX "hq_benefit_claim_once" ON "hq_benefit_claim" USING btree ("application_id","kind") WHERE "hq_benefit_claim"."state" <> 'refused';--> statement-breakpoint
CREATE UNIQUE INDEX "hq_benefit_claim_rent_or_purchase" ON "hq_benefit_claim" USING btree ("application_id") WHERE "hq_benefit_claim"."kind" in ('rent_subsidy', 'purchase_subsidy') and "hq_benefit_claim"."state" <> 'refused';--> statement-breakpoint
ALTER TABLE "hq_benefit_claim" ADD CONSTRAINT "hq_benefit_claim_share_check" CHECK ("hq_benefit_claim"."share_percent" > 0 and "hq_benefit_claim"."share_percent" <= 100);--> statement-breakpoint
ALTER TABLE "hq_benefit_claim" ADD CONSTRAINT "hq_benefit_claim_granted_check" CHECK ("hq_benefit_claim"."granted_yuan" >= 0);--> statement-breakpoint
ALTER TABLE "hq_benefit_claim" ADD CONSTRAINT "hq_benefit_claim_state_check" CHECK ("hq_benefit_claim"."state" in ('claimed', 'granted', 'refused', 'ended'));