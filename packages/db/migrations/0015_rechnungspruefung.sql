ALTER TABLE "rechnung" ADD COLUMN "sachlich_richtig_am" date;--> statement-breakpoint
ALTER TABLE "rechnung" ADD COLUMN "sachlich_richtig_von" text;--> statement-breakpoint
ALTER TABLE "rechnung" ADD COLUMN "angewiesen_am" date;--> statement-breakpoint
ALTER TABLE "rechnung" ADD COLUMN "angewiesen_von" text;--> statement-breakpoint
ALTER TABLE "rechnung" ADD CONSTRAINT "rechnung_pruefung_ck" CHECK ("rechnung"."angewiesen_am" IS NULL OR ("rechnung"."sachlich_richtig_am" IS NOT NULL AND "rechnung"."angewiesen_am" >= "rechnung"."sachlich_richtig_am"));