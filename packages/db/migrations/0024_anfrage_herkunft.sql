ALTER TABLE "anfrage" ADD COLUMN "herkunft" text;--> statement-breakpoint
ALTER TABLE "anfrage" ADD COLUMN "herkunft_text" text;