CREATE TYPE "public"."key_account_decision_kind" AS ENUM('designate', 'change', 'hand_to_account_manager');--> statement-breakpoint
CREATE TABLE "key_account_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" "key_account_decision_kind" NOT NULL,
	"tier" integer,
	"owner_id" uuid,
	"reason" text NOT NULL,
	"effective_on" date NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"abc_threshold_a" numeric(5, 4) DEFAULT 0.8 NOT NULL,
	"abc_threshold_b" numeric(5, 4) DEFAULT 0.95 NOT NULL,
	"key_accounts_per_kam" integer DEFAULT 8 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "key_account_decisions" ADD CONSTRAINT "key_account_decisions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_account_decisions" ADD CONSTRAINT "key_account_decisions_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_account_decisions" ADD CONSTRAINT "key_account_decisions_workspace_id_owner_id_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","owner_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_account_decisions" ADD CONSTRAINT "key_account_decisions_workspace_id_decided_by_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","decided_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_settings" ADD CONSTRAINT "portfolio_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "key_account_decisions_account_idx" ON "key_account_decisions" USING btree ("workspace_id","account_id","decided_at");