CREATE UNLOGGED TABLE "import_lines" (
	"workspace_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"row_no" bigint NOT NULL,
	"customer_number" text NOT NULL,
	"customer_name" text,
	"invoice_date" date NOT NULL,
	"document_number" text NOT NULL,
	"product" text,
	"product_line" text,
	"quantity" numeric,
	"net_revenue_cents" bigint NOT NULL,
	"cost_of_goods_cents" bigint,
	"currency" char(3) NOT NULL,
	"content" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "revenue_lines" DROP CONSTRAINT "revenue_lines_workspace_id_account_id_accounts_workspace_id_id_fk";
--> statement-breakpoint
DROP INDEX "revenue_lines_fingerprint_key";--> statement-breakpoint
DROP INDEX "revenue_lines_period_idx";--> statement-breakpoint
DROP INDEX "revenue_lines_account_idx";--> statement-breakpoint
ALTER TABLE "revenue_lines" DROP COLUMN "id";--> statement-breakpoint
-- Fingerprints were '<md5 of the content>:<occurrence>'; now the md5 itself for the first
-- occurrence and md5('<md5>:<occurrence>') for later ones (src/features/imports/line-fingerprint.ts),
-- so that a file imported before this change is still recognised.
ALTER TABLE "revenue_lines" ALTER COLUMN "fingerprint" SET DATA TYPE uuid USING (
  CASE WHEN "fingerprint" ~ '^[0-9a-f]{32}:1$' THEN split_part("fingerprint", ':', 1)::uuid ELSE md5("fingerprint")::uuid END
);--> statement-breakpoint
ALTER TABLE "revenue_lines" ADD CONSTRAINT "revenue_lines_workspace_id_account_id_invoice_date_fingerprint_pk" PRIMARY KEY("workspace_id","account_id","invoice_date","fingerprint");--> statement-breakpoint
CREATE INDEX "revenue_lines_invoice_date_brin" ON "revenue_lines" USING brin ("invoice_date");