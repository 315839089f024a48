ALTER TABLE "rechnung" ADD COLUMN "versendet_am" date;--> statement-breakpoint
ALTER TABLE "rechnung" ADD COLUMN "bezahlt_am" date;--> statement-breakpoint
ALTER TABLE "rechnung" ADD COLUMN "datev_exportiert_am" timestamp with time zone;