ALTER TABLE "relief_family" ADD COLUMN "village" text;--> statement-breakpoint
ALTER TABLE "relief_family" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "relief_family" ADD COLUMN "phone" text;
