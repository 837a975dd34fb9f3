-- Records name their hash algorithm: the rows written so far are unkeyed SHA-256; the
-- application now writes HMAC-SM3 under a key kept outside the database.
ALTER TABLE "audit_log" ADD COLUMN "algorithm" text DEFAULT 'sha256' NOT NULL;
--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "algorithm" DROP DEFAULT;
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_algorithm_check" CHECK ("algorithm" IN ('sha256', 'hmac-sm3'));
--> statement-breakpoint
-- The service runs as pingding_service (docs/audit.md): it may read and write every table but
-- may only insert into and read audit_log, so it can neither remove the append-only triggers
-- (only the owner can) nor update, delete or truncate records. The role is created when the
-- migrating user may create roles; otherwise a DBA creates it and runs the grants below.
DO $$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pingding_service')
		AND (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
		BEGIN
			CREATE ROLE pingding_service NOLOGIN;
		EXCEPTION WHEN duplicate_object OR unique_violation THEN
			NULL; -- another database of this server created it at the same moment
		END;
	END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pingding_service') THEN
		RAISE NOTICE 'role pingding_service does not exist and cannot be created here: see docs/audit.md';
		RETURN;
	END IF;
	GRANT USAGE ON SCHEMA public TO pingding_service;
	GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pingding_service;
	REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "audit_log" FROM pingding_service;
	GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO pingding_service;
	-- Tables and sequences of later migrations, created by this same owner.
	ALTER DEFAULT PRIVILEGES IN SCHEMA public
		GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pingding_service;
	ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pingding_service;
	-- The service may read which migrations ran, not record one.
	GRANT USAGE ON SCHEMA drizzle TO pingding_service;
	GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO pingding_service;
	-- The owner may switch to the role (SET ROLE) when the service connects as the owner.
	IF NOT pg_has_role(current_user, 'pingding_service', 'MEMBER') THEN
		BEGIN
			EXECUTE format('GRANT pingding_service TO %I', current_user);
		EXCEPTION WHEN OTHERS THEN
			RAISE NOTICE 'could not grant pingding_service to %: %', current_user, SQLERRM;
		END;
	END IF;
END
$$;
