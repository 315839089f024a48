ALTER TABLE "budgetvereinbarung" ADD COLUMN "stellenaenderungen" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "hilfe" ADD COLUMN "vorgaenger_hilfe_id" uuid;--> statement-breakpoint
ALTER TABLE "hilfe" ADD COLUMN "herkunft" text;--> statement-breakpoint
ALTER TABLE "hilfe" ADD COLUMN "herkunft_text" text;--> statement-breakpoint
ALTER TABLE "hilfe" ADD COLUMN "berichtsintervall_monate" integer;--> statement-breakpoint
ALTER TABLE "hilfe" ADD COLUMN "zusatzleistungen" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "zustimmung_von" uuid;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "zustimmung_am" date;