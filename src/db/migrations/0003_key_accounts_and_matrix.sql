CREATE TYPE "public"."key_account_decision_kind" AS ENUM('designate', 'change', 'hand_to_account_manager');--> statement-breakpoint
CREATE TYPE "public"."criterion_source" AS ENUM('manual', 'revenue', 'growth', 'margin', 'product_breadth');--> statement-breakpoint
CREATE TYPE "public"."matrix_axis" AS ENUM('attractiveness', 'strength');--> statement-breakpoint
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
CREATE TABLE "matrix_criteria" (
	"workspace_id" uuid NOT NULL,
	"key" text NOT NULL,
	"axis" "matrix_axis" NOT NULL,
	"label_de" text NOT NULL,
	"label_en" text NOT NULL,
	"weight" numeric(6, 2) NOT NULL,
	"source" "criterion_source" NOT NULL,
	"bands" jsonb,
	"position" integer NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	CONSTRAINT "matrix_criteria_workspace_id_key_pk" PRIMARY KEY("workspace_id","key")
);
--> statement-breakpoint
CREATE TABLE "matrix_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matrix_reviews_workspace_id_id_key" UNIQUE("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "matrix_scores" (
	"workspace_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"criterion_key" text NOT NULL,
	"score" integer NOT NULL,
	"comment" text,
	"scored_by" uuid NOT NULL,
	"scored_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matrix_scores_workspace_id_review_id_account_id_criterion_key_pk" PRIMARY KEY("workspace_id","review_id","account_id","criterion_key")
);
--> statement-breakpoint
ALTER TABLE "key_account_decisions" ADD CONSTRAINT "key_account_decisions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_account_decisions" ADD CONSTRAINT "key_account_decisions_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_account_decisions" ADD CONSTRAINT "key_account_decisions_workspace_id_owner_id_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","owner_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_account_decisions" ADD CONSTRAINT "key_account_decisions_workspace_id_decided_by_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","decided_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_settings" ADD CONSTRAINT "portfolio_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_criteria" ADD CONSTRAINT "matrix_criteria_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_reviews" ADD CONSTRAINT "matrix_reviews_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_reviews" ADD CONSTRAINT "matrix_reviews_workspace_id_created_by_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","created_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_scores" ADD CONSTRAINT "matrix_scores_workspace_id_review_id_matrix_reviews_workspace_id_id_fk" FOREIGN KEY ("workspace_id","review_id") REFERENCES "public"."matrix_reviews"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_scores" ADD CONSTRAINT "matrix_scores_workspace_id_account_id_accounts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","account_id") REFERENCES "public"."accounts"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_scores" ADD CONSTRAINT "matrix_scores_workspace_id_scored_by_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","scored_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "key_account_decisions_account_idx" ON "key_account_decisions" USING btree ("workspace_id","account_id","decided_at");