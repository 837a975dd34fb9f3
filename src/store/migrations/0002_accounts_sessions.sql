CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"login_name" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"jurisdiction" text,
	"department" text,
	"enterprise_uscc" text,
	"password_hash" text NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone,
	CONSTRAINT "accounts_login_name_unique" UNIQUE("login_name"),
	CONSTRAINT "accounts_role_known" CHECK ("accounts"."role" in ('enterprise', 'county_office', 'department', 'city_bureau', 'leading_group', 'admin')),
	CONSTRAINT "accounts_scope_matches_role" CHECK (("accounts"."role" = 'county_office') = ("accounts"."jurisdiction" is not null)
        and ("accounts"."role" = 'department') = ("accounts"."department" is not null)
        and ("accounts"."role" = 'enterprise') = ("accounts"."enterprise_uscc" is not null)),
	CONSTRAINT "accounts_failed_attempts_nonnegative" CHECK ("accounts"."failed_attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_role_idx" ON "accounts" USING btree ("role");--> statement-breakpoint
CREATE INDEX "sessions_account_idx" ON "sessions" USING btree ("account_id");