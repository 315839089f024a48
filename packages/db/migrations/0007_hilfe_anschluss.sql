ALTER TABLE "hilfe" ADD COLUMN "vorgaenger_hilfe_id" uuid;--> statement-breakpoint
ALTER TABLE "hilfe" ADD COLUMN "herkunft" text;--> statement-breakpoint
ALTER TABLE "hilfe" ADD COLUMN "herkunft_text" text;