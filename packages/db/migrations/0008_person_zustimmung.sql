ALTER TABLE "person" ADD COLUMN "zustimmung_von" uuid;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "zustimmung_am" date;