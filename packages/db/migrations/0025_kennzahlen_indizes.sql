DROP INDEX "leistungseintrag_datum_idx";--> statement-breakpoint
DROP INDEX "leistungseintrag_hilfe_idx";--> statement-breakpoint
CREATE INDEX "hilfe_organisation_idx" ON "hilfe" USING btree ("organisation_id","beginn");--> statement-breakpoint
CREATE INDEX "leistungseintrag_datum_idx" ON "leistungseintrag" USING btree ("organisation_id","datum","art","minuten","gruppenangebot","benutzer_id","fall_id");--> statement-breakpoint
CREATE INDEX "leistungseintrag_hilfe_idx" ON "leistungseintrag" USING btree ("hilfe_id","datum","organisation_id","art","minuten","gruppenangebot");