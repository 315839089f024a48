-- Every tenant table's keys and links include organisation_id, the column Citus distributes by.
-- drizzle-kit cannot name the single-column primary keys it replaces; they carry PostgreSQL's
-- default names <table>_pkey, written in by hand below.
ALTER TABLE "rechnung" DROP CONSTRAINT "rechnung_monatsabschluss_id_monatsabschluss_id_fk";
--> statement-breakpoint
ALTER TABLE "rechnungsposition" DROP CONSTRAINT "rechnungsposition_rechnung_id_rechnung_id_fk";
--> statement-breakpoint
ALTER TABLE "rechnungsposition" DROP CONSTRAINT "rechnungsposition_hilfe_id_hilfe_id_fk";
--> statement-breakpoint
ALTER TABLE "rechnungsposition" DROP CONSTRAINT "rechnungsposition_fall_id_fall_id_fk";
--> statement-breakpoint
ALTER TABLE "ereignis" DROP CONSTRAINT "ereignis_fall_id_fall_id_fk";
--> statement-breakpoint
ALTER TABLE "ereignis" DROP CONSTRAINT "ereignis_hilfe_id_hilfe_id_fk";
--> statement-breakpoint
ALTER TABLE "fall_team" DROP CONSTRAINT "fall_team_fall_id_fall_id_fk";
--> statement-breakpoint
ALTER TABLE "frist" DROP CONSTRAINT "frist_fall_id_fall_id_fk";
--> statement-breakpoint
ALTER TABLE "frist" DROP CONSTRAINT "frist_hilfe_id_hilfe_id_fk";
--> statement-breakpoint
ALTER TABLE "frist" DROP CONSTRAINT "frist_ereignis_id_ereignis_id_fk";
--> statement-breakpoint
ALTER TABLE "hilfe" DROP CONSTRAINT "hilfe_fall_id_fall_id_fk";
--> statement-breakpoint
ALTER TABLE "leistungseintrag" DROP CONSTRAINT "leistungseintrag_fall_id_fall_id_fk";
--> statement-breakpoint
ALTER TABLE "leistungseintrag" DROP CONSTRAINT "leistungseintrag_hilfe_id_hilfe_id_fk";
--> statement-breakpoint
ALTER TABLE "leistungseintrag_teilnahme" DROP CONSTRAINT "leistungseintrag_teilnahme_eintrag_id_leistungseintrag_id_fk";
--> statement-breakpoint
ALTER TABLE "leistungseintrag_teilnahme" DROP CONSTRAINT "leistungseintrag_teilnahme_hilfe_id_hilfe_id_fk";
--> statement-breakpoint
ALTER TABLE "leistungseintrag_teilnahme" DROP CONSTRAINT "leistungseintrag_teilnahme_fall_id_fall_id_fk";
--> statement-breakpoint
ALTER TABLE "notiz" DROP CONSTRAINT "notiz_fall_id_fall_id_fk";
--> statement-breakpoint
ALTER TABLE "person" DROP CONSTRAINT "person_fall_id_fall_id_fk";
--> statement-breakpoint
DROP INDEX "frist_instanz_uq";--> statement-breakpoint
DROP INDEX "kalkulation_version_uq";--> statement-breakpoint
ALTER TABLE "fall_team" DROP CONSTRAINT "fall_team_fall_id_benutzer_id_pk";--> statement-breakpoint
ALTER TABLE "leistungseintrag_teilnahme" DROP CONSTRAINT "leistungseintrag_teilnahme_eintrag_id_hilfe_id_pk";--> statement-breakpoint
ALTER TABLE "budgetvereinbarung" DROP CONSTRAINT "budgetvereinbarung_pkey";--> statement-breakpoint
ALTER TABLE "monatsabschluss" DROP CONSTRAINT "monatsabschluss_pkey";--> statement-breakpoint
ALTER TABLE "rechnung" DROP CONSTRAINT "rechnung_pkey";--> statement-breakpoint
ALTER TABLE "rechnungsposition" DROP CONSTRAINT "rechnungsposition_pkey";--> statement-breakpoint
ALTER TABLE "audit" DROP CONSTRAINT "audit_pkey";--> statement-breakpoint
ALTER TABLE "ereignis" DROP CONSTRAINT "ereignis_pkey";--> statement-breakpoint
ALTER TABLE "fall" DROP CONSTRAINT "fall_pkey";--> statement-breakpoint
ALTER TABLE "benutzer_einstellung" DROP CONSTRAINT "benutzer_einstellung_pkey";--> statement-breakpoint
ALTER TABLE "frist" DROP CONSTRAINT "frist_pkey";--> statement-breakpoint
ALTER TABLE "organisationsfrist" DROP CONSTRAINT "organisationsfrist_pkey";--> statement-breakpoint
ALTER TABLE "hilfe" DROP CONSTRAINT "hilfe_pkey";--> statement-breakpoint
ALTER TABLE "kalkulation" DROP CONSTRAINT "kalkulation_pkey";--> statement-breakpoint
ALTER TABLE "leistungseintrag" DROP CONSTRAINT "leistungseintrag_pkey";--> statement-breakpoint
ALTER TABLE "notiz" DROP CONSTRAINT "notiz_pkey";--> statement-breakpoint
ALTER TABLE "person" DROP CONSTRAINT "person_pkey";--> statement-breakpoint
ALTER TABLE "budgetvereinbarung" ADD CONSTRAINT "budgetvereinbarung_pkey" PRIMARY KEY("id","organisation_id");--> statement-breakpoint
ALTER TABLE "monatsabschluss" ADD CONSTRAINT "monatsabschluss_pkey" PRIMARY KEY("id","organisation_id");--> statement-breakpoint
ALTER TABLE "rechnung" ADD CONSTRAINT "rechnung_pkey" PRIMARY KEY("id","organisation_id");--> statement-breakpoint
ALTER TABLE "rechnungsposition" ADD CONSTRAINT "rechnungsposition_pkey" PRIMARY KEY("id","organisation_id");--> statement-breakpoint
ALTER TABLE "audit" ADD CONSTRAINT "audit_pkey" PRIMARY KEY("id","organisation_id");--> statement-breakpoint
ALTER TABLE "ereignis" ADD CONSTRAINT "ereignis_pkey" PRIMARY KEY("id","organisation_id");--> statement-breakpoint
ALTER TABLE "fall" ADD CONSTRAINT "fall_pkey" PRIMARY KEY("id","organisation_id");--> statement-breakpoint
ALTER TABLE "fall_team" ADD CONSTRAINT "fall_team_pkey" PRIMARY KEY("fall_id","benutzer_id","organisation_id");--> statement-breakpoint
ALTER TABLE "benutzer_einstellung" ADD CONSTRAINT "benutzer_einstellung_pkey" PRIMARY KEY("benutzer_id","organisation_id");--> statement-breakpoint
ALTER TABLE "frist" ADD CONSTRAINT "frist_pkey" PRIMARY KEY("id","organisation_id");--> statement-breakpoint
ALTER TABLE "organisationsfrist" ADD CONSTRAINT "organisationsfrist_pkey" PRIMARY KEY("id","organisation_id");--> statement-breakpoint
ALTER TABLE "hilfe" ADD CONSTRAINT "hilfe_pkey" PRIMARY KEY("id","organisation_id");--> statement-breakpoint
ALTER TABLE "kalkulation" ADD CONSTRAINT "kalkulation_pkey" PRIMARY KEY("id","organisation_id");--> statement-breakpoint
ALTER TABLE "leistungseintrag" ADD CONSTRAINT "leistungseintrag_pkey" PRIMARY KEY("id","organisation_id");--> statement-breakpoint
ALTER TABLE "leistungseintrag_teilnahme" ADD CONSTRAINT "leistungseintrag_teilnahme_pkey" PRIMARY KEY("eintrag_id","hilfe_id","organisation_id");--> statement-breakpoint
ALTER TABLE "notiz" ADD CONSTRAINT "notiz_pkey" PRIMARY KEY("id","organisation_id");--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_pkey" PRIMARY KEY("id","organisation_id");--> statement-breakpoint
ALTER TABLE "rechnung" ADD CONSTRAINT "rechnung_monatsabschluss_fk" FOREIGN KEY ("organisation_id","monatsabschluss_id") REFERENCES "public"."monatsabschluss"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rechnungsposition" ADD CONSTRAINT "rechnungsposition_rechnung_fk" FOREIGN KEY ("organisation_id","rechnung_id") REFERENCES "public"."rechnung"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rechnungsposition" ADD CONSTRAINT "rechnungsposition_hilfe_fk" FOREIGN KEY ("organisation_id","hilfe_id") REFERENCES "public"."hilfe"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rechnungsposition" ADD CONSTRAINT "rechnungsposition_fall_fk" FOREIGN KEY ("organisation_id","fall_id") REFERENCES "public"."fall"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ereignis" ADD CONSTRAINT "ereignis_fall_fk" FOREIGN KEY ("organisation_id","fall_id") REFERENCES "public"."fall"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ereignis" ADD CONSTRAINT "ereignis_hilfe_fk" FOREIGN KEY ("organisation_id","hilfe_id") REFERENCES "public"."hilfe"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fall_team" ADD CONSTRAINT "fall_team_fall_fk" FOREIGN KEY ("organisation_id","fall_id") REFERENCES "public"."fall"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frist" ADD CONSTRAINT "frist_fall_fk" FOREIGN KEY ("organisation_id","fall_id") REFERENCES "public"."fall"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frist" ADD CONSTRAINT "frist_hilfe_fk" FOREIGN KEY ("organisation_id","hilfe_id") REFERENCES "public"."hilfe"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frist" ADD CONSTRAINT "frist_ereignis_fk" FOREIGN KEY ("organisation_id","ereignis_id") REFERENCES "public"."ereignis"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hilfe" ADD CONSTRAINT "hilfe_fall_fk" FOREIGN KEY ("organisation_id","fall_id") REFERENCES "public"."fall"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leistungseintrag" ADD CONSTRAINT "leistungseintrag_fall_fk" FOREIGN KEY ("organisation_id","fall_id") REFERENCES "public"."fall"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leistungseintrag" ADD CONSTRAINT "leistungseintrag_hilfe_fk" FOREIGN KEY ("organisation_id","hilfe_id") REFERENCES "public"."hilfe"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leistungseintrag_teilnahme" ADD CONSTRAINT "leistungseintrag_teilnahme_eintrag_fk" FOREIGN KEY ("organisation_id","eintrag_id") REFERENCES "public"."leistungseintrag"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leistungseintrag_teilnahme" ADD CONSTRAINT "leistungseintrag_teilnahme_hilfe_fk" FOREIGN KEY ("organisation_id","hilfe_id") REFERENCES "public"."hilfe"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leistungseintrag_teilnahme" ADD CONSTRAINT "leistungseintrag_teilnahme_fall_fk" FOREIGN KEY ("organisation_id","fall_id") REFERENCES "public"."fall"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notiz" ADD CONSTRAINT "notiz_fall_fk" FOREIGN KEY ("organisation_id","fall_id") REFERENCES "public"."fall"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_fall_fk" FOREIGN KEY ("organisation_id","fall_id") REFERENCES "public"."fall"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "frist_instanz_uq" ON "frist" USING btree ("hilfe_id","regel","schluessel","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kalkulation_version_uq" ON "kalkulation" USING btree ("reihe_id","version","organisation_id");