ALTER TABLE "beschwerde" ADD COLUMN "verantwortlich_id" uuid;--> statement-breakpoint
ALTER TABLE "beschwerde" ADD CONSTRAINT "beschwerde_verantwortlich_id_benutzer_id_fk" FOREIGN KEY ("verantwortlich_id") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Complaints entered by staff before the sources were split came from outside (hand-written).
UPDATE "beschwerde" SET "quelle" = 'extern' WHERE "quelle" = 'intern';
