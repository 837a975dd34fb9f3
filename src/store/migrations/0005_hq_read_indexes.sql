CREATE INDEX "hq_application_county_state_idx" ON "hq_application" USING btree ("county","state");--> statement-breakpoint
CREATE INDEX "hq_application_uscc_idx" ON "hq_application" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "hq_support_note_application_idx" ON "hq_support_note" USING btree ("application_id");