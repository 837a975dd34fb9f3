ALTER TABLE "hq_objection" ADD COLUMN "receipt_no" text;--> statement-breakpoint
UPDATE "hq_objection" SET "receipt_no" = 'YY' || to_char("filed_at" AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-' || upper(substr(md5("id"::text), 1, 6));--> statement-breakpoint
ALTER TABLE "hq_objection" ALTER COLUMN "receipt_no" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "hq_objection_receipt_no_idx" ON "hq_objection" USING btree ("receipt_no");
