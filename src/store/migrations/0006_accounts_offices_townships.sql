ALTER TABLE "accounts" DROP CONSTRAINT "accounts_role_known";--> statement-breakpoint
ALTER TABLE "accounts" DROP CONSTRAINT "accounts_scope_matches_role";--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "office" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "township" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_role_known" CHECK ("accounts"."role" in ('enterprise', 'county_office', 'department', 'city_bureau', 'leading_group',
        'water_office', 'water_county', 'relief_office', 'relief_township', 'admin'));--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_scope_matches_role" CHECK (("accounts"."role" in ('county_office', 'water_county', 'relief_township')) = ("accounts"."jurisdiction" is not null)
        and ("accounts"."role" = 'department') = ("accounts"."department" is not null)
        and ("accounts"."role" = 'enterprise') = ("accounts"."enterprise_uscc" is not null)
        and ("accounts"."role" in ('water_office', 'relief_office')) = ("accounts"."office" is not null)
        and ("accounts"."role" = 'relief_township') = ("accounts"."township" is not null));