ALTER TABLE "relief_member" DROP CONSTRAINT "relief_member_id_number_unique";--> statement-breakpoint
ALTER TABLE "relief_member" ADD COLUMN "id_number_index" text;--> statement-breakpoint
ALTER TABLE "relief_member" ADD CONSTRAINT "relief_member_id_number_index_unique" UNIQUE("id_number_index");--> statement-breakpoint
ALTER TABLE "relief_cost" DROP CONSTRAINT "relief_cost_non_negative";--> statement-breakpoint
ALTER TABLE "relief_cost" DROP CONSTRAINT "relief_cost_balances";--> statement-breakpoint
ALTER TABLE "relief_cost" ALTER COLUMN "total_cost" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "relief_cost" ALTER COLUMN "basic_insurance" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "relief_cost" ALTER COLUMN "critical_illness" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "relief_cost" ALTER COLUMN "medical_assistance" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "relief_cost" ALTER COLUMN "huiminbao" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "relief_cost" ALTER COLUMN "out_of_pocket" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "relief_run_family" ALTER COLUMN "out_of_pocket" SET DATA TYPE text;
