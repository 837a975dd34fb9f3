-- Nothing of the star-rating procedure is ever deleted, and what is history never changes:
-- runs, decisions and timelines refuse UPDATE and DELETE; every other record refuses DELETE
-- (a removed material is marked, a revoked rating is a new row). Subsidiaries are a list the
-- enterprise replaces while drafting, with before and after in the audit log, so they may go.
CREATE FUNCTION "hq_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION '% is kept as history: % refused', TG_TABLE_NAME, TG_OP
		USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "hq_rating_run_append_only" BEFORE UPDATE OR DELETE ON "hq_rating_run"
	FOR EACH ROW EXECUTE FUNCTION "hq_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "hq_decision_append_only" BEFORE UPDATE OR DELETE ON "hq_decision"
	FOR EACH ROW EXECUTE FUNCTION "hq_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "hq_application_event_append_only" BEFORE UPDATE OR DELETE ON "hq_application_event"
	FOR EACH ROW EXECUTE FUNCTION "hq_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "hq_batch_event_append_only" BEFORE UPDATE OR DELETE ON "hq_batch_event"
	FOR EACH ROW EXECUTE FUNCTION "hq_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "hq_batch_no_delete" BEFORE DELETE ON "hq_batch"
	FOR EACH ROW EXECUTE FUNCTION "hq_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "hq_county_report_no_delete" BEFORE DELETE ON "hq_county_report"
	FOR EACH ROW EXECUTE FUNCTION "hq_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "hq_enterprise_no_delete" BEFORE DELETE ON "hq_enterprise"
	FOR EACH ROW EXECUTE FUNCTION "hq_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "hq_application_no_delete" BEFORE DELETE ON "hq_application"
	FOR EACH ROW EXECUTE FUNCTION "hq_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "hq_material_no_delete" BEFORE DELETE ON "hq_material"
	FOR EACH ROW EXECUTE FUNCTION "hq_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "hq_verification_item_no_delete" BEFORE DELETE ON "hq_verification_item"
	FOR EACH ROW EXECUTE FUNCTION "hq_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "hq_objection_no_delete" BEFORE DELETE ON "hq_objection"
	FOR EACH ROW EXECUTE FUNCTION "hq_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "hq_benefit_claim_no_delete" BEFORE DELETE ON "hq_benefit_claim"
	FOR EACH ROW EXECUTE FUNCTION "hq_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "hq_support_note_no_delete" BEFORE DELETE ON "hq_support_note"
	FOR EACH ROW EXECUTE FUNCTION "hq_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "hq_re_review_request_no_delete" BEFORE DELETE ON "hq_re_review_request"
	FOR EACH ROW EXECUTE FUNCTION "hq_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "hq_revocation_no_delete" BEFORE DELETE ON "hq_revocation"
	FOR EACH ROW EXECUTE FUNCTION "hq_refuse_change"();
