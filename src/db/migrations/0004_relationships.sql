CREATE TYPE "public"."interaction_channel" AS ENUM('in_person', 'phone', 'video', 'email', 'chat', 'letter');--> statement-breakpoint
CREATE TYPE "public"."interaction_kind" AS ENUM('meeting', 'call', 'email', 'visit', 'presentation');--> statement-breakpoint
CREATE TYPE "public"."interaction_sentiment" AS ENUM('positive', 'neutral', 'negative');--> statement-breakpoint
CREATE TYPE "public"."next_step_status" AS ENUM('open', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."buying_centre_role" AS ENUM('decision_maker', 'economic_buyer', 'champion', 'influencer', 'technical_buyer', 'user', 'gatekeeper', 'blocker');--> statement-breakpoint
CREATE TYPE "public"."stakeholder_attitude" AS ENUM('supporter', 'neutral', 'sceptic', 'opponent');--> statement-breakpoint
CREATE TYPE "public"."visit_material_kind" AS ENUM('link', 'file');--> statement-breakpoint
CREATE TYPE "public"."visit_status" AS ENUM('planned', 'reported', 'cancelled');--> statement-breakpoint
CREATE TABLE "abc_snapshot_rows" (
	"workspace_id" uuid NOT NULL,
	"snapshot_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"account_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	"revenue_cents" bigint NOT NULL,
	"share" double precision NOT NULL,
	"cumulative_share" double precision NOT NULL,
	"abc_class" text NOT NULL,
	"previous_revenue_cents" bigint NOT NULL,
	"costed_revenue_cents" bigint NOT NULL,
	"cost_of_goods_cents" bigint,
	CONSTRAINT "abc_snapshot_rows_workspace_id_snapshot_id_position_pk" PRIMARY KEY("workspace_id","snapshot_id","position")
);
--> statement-breakpoint
CREATE TABLE "abc_snapshots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"revenue_version" bigint NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"currency" char(3) NOT NULL,
	"threshold_a" numeric(5, 4) NOT NULL,
	"threshold_b" numeric(5, 4) NOT NULL,
	"summary" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "abc_snapshots_workspace_id_id_key" UNIQUE("workspace_id","id"),
	CONSTRAINT "abc_snapshots_key" UNIQUE("workspace_id","revenue_version","period_from","period_to","currency","threshold_a","threshold_b")
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"workspace_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"token" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_workspace_id_user_id_pk" PRIMARY KEY("workspace_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "interaction_contacts" (
	"workspace_id" uuid NOT NULL,
	"interaction_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	CONSTRAINT "interaction_contacts_workspace_id_interaction_id_contact_id_pk" PRIMARY KEY("workspace_id","interaction_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "interaction_participants" (
	"workspace_id" uuid NOT NULL,
	"interaction_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "interaction_participants_workspace_id_interaction_id_user_id_pk" PRIMARY KEY("workspace_id","interaction_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "interactions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" "interaction_kind" NOT NULL,
	"channel" "interaction_channel" NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"summary" text NOT NULL,
	"outcome" text,
	"sentiment" "interaction_sentiment",
	"visit_id" uuid,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interactions_workspace_id_id_key" UNIQUE("workspace_id","id"),
	CONSTRAINT "interactions_visit_key" UNIQUE("workspace_id","visit_id")
);
--> statement-breakpoint
CREATE TABLE "presentations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"interaction_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"feedback" text
);
--> statement-breakpoint
CREATE TABLE "next_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"title" text NOT NULL,
	"notes" text,
	"owner_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"status" "next_step_status" DEFAULT 'open' NOT NULL,
	"interaction_id" uuid,
	"created_by" uuid NOT NULL,
	"completed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "next_steps_workspace_id_id_key" UNIQUE("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "relationship_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"tier1_cadence_days" integer DEFAULT 14 NOT NULL,
	"tier2_cadence_days" integer DEFAULT 30 NOT NULL,
	"tier3_cadence_days" integer DEFAULT 60 NOT NULL,
	"time_zone" text DEFAULT 'Europe/Berlin' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relationship_settings_cadence_check" CHECK ("relationship_settings"."tier1_cadence_days" BETWEEN 1 AND 365 AND "relationship_settings"."tier2_cadence_days" BETWEEN 1 AND 365 AND "relationship_settings"."tier3_cadence_days" BETWEEN 1 AND 365)
);
--> statement-breakpoint
CREATE TABLE "revenue_versions" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stakeholders" (
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"roles" "buying_centre_role"[] DEFAULT '{}' NOT NULL,
	"influence" integer,
	"attitude" "stakeholder_attitude",
	"reports_to_contact_id" uuid,
	"relationship_owner_id" uuid,
	"contact_cadence_days" integer,
	"left_company_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stakeholders_workspace_id_account_id_contact_id_pk" PRIMARY KEY("workspace_id","account_id","contact_id"),
	CONSTRAINT "stakeholders_influence_check" CHECK ("stakeholders"."influence" BETWEEN 1 AND 5),
	CONSTRAINT "stakeholders_cadence_check" CHECK ("stakeholders"."contact_cadence_days" BETWEEN 1 AND 365)
);
--> statement-breakpoint
CREATE TABLE "visit_contacts" (
	"workspace_id" uuid NOT NULL,
	"visit_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	CONSTRAINT "visit_contacts_workspace_id_visit_id_contact_id_pk" PRIMARY KEY("workspace_id","visit_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "visit_materials" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visit_id" uuid NOT NULL,
	"kind" "visit_material_kind" NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"file_name" text,
	"media_type" text,
	"size_bytes" bigint,
	"content" "bytea",
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visit_materials_workspace_id_id_key" UNIQUE("workspace_id","id"),
	CONSTRAINT "visit_materials_kind_check" CHECK (("visit_materials"."kind" = 'link' AND "visit_materials"."url" IS NOT NULL AND "visit_materials"."content" IS NULL) OR ("visit_materials"."kind" = 'file' AND "visit_materials"."content" IS NOT NULL AND "visit_materials"."file_name" IS NOT NULL AND "visit_materials"."media_type" IS NOT NULL AND "visit_materials"."size_bytes" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "visit_participants" (
	"workspace_id" uuid NOT NULL,
	"visit_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "visit_participants_workspace_id_visit_id_user_id_pk" PRIMARY KEY("workspace_id","visit_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text,
	"agenda" text,
	"topics" text[] DEFAULT '{}' NOT NULL,
	"status" "visit_status" DEFAULT 'planned' NOT NULL,
	"rating" integer,
	"organiser_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visits_workspace_id_id_key" UNIQUE("workspace_id","id"),
	CONSTRAINT "visits_ends_after_start" CHECK ("visits"."ends_at" > "visits"."starts_at"),
	CONSTRAINT "visits_rating_check" CHECK ("visits"."rating" BETWEEN 1 AND 5)
);
--> statement-breakpoint
ALTER TABLE "revenue_lines" DROP CONSTRAINT "revenue_lines_workspace_id_workspaces_id_fk";
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "contact_cadence_days" integer;--> statement-breakpoint
ALTER TABLE "industries" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "abc_snapshots" ADD CONSTRAINT "abc_snapshots_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_workspace_id_user_id_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction_contacts" ADD CONSTRAINT "interaction_contacts_workspace_id_interaction_id_interactions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","interaction_id") REFERENCES "public"."interactions"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction_contacts" ADD CONSTRAINT "interaction_contacts_workspace_id_contact_id_contacts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","contact_id") REFERENCES "public"."contacts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction_participants" ADD CONSTRAINT "interaction_participants_workspace_id_interaction_id_interactions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","interaction_id") REFERENCES "public"."interactions"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction_participants" ADD CONSTRAINT "interaction_participants_workspace_id_user_id_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_workspace_id_created_by_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","created_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations" ADD CONSTRAINT "presentations_workspace_id_interaction_id_interactions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","interaction_id") REFERENCES "public"."interactions"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "next_steps" ADD CONSTRAINT "next_steps_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "next_steps" ADD CONSTRAINT "next_steps_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "next_steps" ADD CONSTRAINT "next_steps_workspace_id_owner_id_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","owner_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "next_steps" ADD CONSTRAINT "next_steps_workspace_id_created_by_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","created_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "next_steps" ADD CONSTRAINT "next_steps_workspace_id_interaction_id_interactions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","interaction_id") REFERENCES "public"."interactions"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationship_settings" ADD CONSTRAINT "relationship_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revenue_versions" ADD CONSTRAINT "revenue_versions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD CONSTRAINT "stakeholders_workspace_id_contact_id_account_id_contact_accounts_workspace_id_contact_id_account_id_fk" FOREIGN KEY ("workspace_id","contact_id","account_id") REFERENCES "public"."contact_accounts"("workspace_id","contact_id","account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD CONSTRAINT "stakeholders_workspace_id_relationship_owner_id_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","relationship_owner_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_contacts" ADD CONSTRAINT "visit_contacts_workspace_id_visit_id_visits_workspace_id_id_fk" FOREIGN KEY ("workspace_id","visit_id") REFERENCES "public"."visits"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_contacts" ADD CONSTRAINT "visit_contacts_workspace_id_contact_id_contacts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","contact_id") REFERENCES "public"."contacts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_materials" ADD CONSTRAINT "visit_materials_workspace_id_visit_id_visits_workspace_id_id_fk" FOREIGN KEY ("workspace_id","visit_id") REFERENCES "public"."visits"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_materials" ADD CONSTRAINT "visit_materials_workspace_id_uploaded_by_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","uploaded_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_participants" ADD CONSTRAINT "visit_participants_workspace_id_visit_id_visits_workspace_id_id_fk" FOREIGN KEY ("workspace_id","visit_id") REFERENCES "public"."visits"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_participants" ADD CONSTRAINT "visit_participants_workspace_id_user_id_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_workspace_id_organiser_id_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","organiser_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_token_hash_key" ON "calendar_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "interaction_contacts_contact_idx" ON "interaction_contacts" USING btree ("workspace_id","contact_id");--> statement-breakpoint
CREATE INDEX "interaction_participants_user_idx" ON "interaction_participants" USING btree ("workspace_id","user_id");--> statement-breakpoint
CREATE INDEX "interactions_account_idx" ON "interactions" USING btree ("workspace_id","account_id","occurred_at");--> statement-breakpoint
CREATE INDEX "presentations_interaction_idx" ON "presentations" USING btree ("workspace_id","interaction_id");--> statement-breakpoint
CREATE INDEX "next_steps_owner_idx" ON "next_steps" USING btree ("workspace_id","owner_id","status","due_on");--> statement-breakpoint
CREATE INDEX "next_steps_account_idx" ON "next_steps" USING btree ("workspace_id","account_id","due_on");--> statement-breakpoint
CREATE INDEX "visit_participants_user_idx" ON "visit_participants" USING btree ("workspace_id","user_id");--> statement-breakpoint
CREATE INDEX "visits_account_idx" ON "visits" USING btree ("workspace_id","account_id","starts_at");--> statement-breakpoint
CREATE INDEX "visits_starts_idx" ON "visits" USING btree ("workspace_id","starts_at");--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_contact_cadence_check" CHECK ("accounts"."contact_cadence_days" BETWEEN 1 AND 365);