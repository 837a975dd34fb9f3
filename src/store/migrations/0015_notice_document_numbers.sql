ALTER TABLE "hq_batch" ADD COLUMN "publicity_document_number" text;--> statement-breakpoint
ALTER TABLE "water_run" ADD COLUMN "notice_document_number" text;
