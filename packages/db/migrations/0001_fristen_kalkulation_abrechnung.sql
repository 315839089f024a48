CREATE TABLE "benutzer_einstellung" (
	"benutzer_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"erinnerung_tage" integer DEFAULT 7 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kalender_abo" (
	"benutzer_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kalender_abo_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "organisationsfrist" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"regel" text NOT NULL,
	"bezeichnung" text DEFAULT '' NOT NULL,
	"faellig" date NOT NULL,
	"status" text DEFAULT 'offen' NOT NULL,
	"erledigt_am" date,
	"erledigt_von" uuid,
	"nachweis" text,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leistungseintrag_teilnahme" (
	"eintrag_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"hilfe_id" uuid NOT NULL,
	"fall_id" uuid NOT NULL,
	"minuten" integer NOT NULL,
	CONSTRAINT "leistungseintrag_teilnahme_eintrag_id_hilfe_id_pk" PRIMARY KEY("eintrag_id","hilfe_id")
);
--> statement-breakpoint
CREATE TABLE "budgetvereinbarung" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"jugendamt_id" uuid NOT NULL,
	"bezeichnung" text NOT NULL,
	"gesamtbudget" numeric(14, 2) NOT NULL,
	"beginn" date NOT NULL,
	"monate" integer NOT NULL,
	"direktanteil" numeric(5, 4) NOT NULL,
	"stellen" jsonb NOT NULL,
	"basisleistung_stunden" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_direktanteil_ck" CHECK ("budgetvereinbarung"."direktanteil" > 0 AND "budgetvereinbarung"."direktanteil" <= 1),
	CONSTRAINT "budget_monate_ck" CHECK ("budgetvereinbarung"."monate" > 0)
);
--> statement-breakpoint
CREATE TABLE "monatsabschluss" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"monat" text NOT NULL,
	"abgeschlossen_von" uuid NOT NULL,
	"abgeschlossen_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nummernkreis" (
	"organisation_id" uuid NOT NULL,
	"jahr" integer NOT NULL,
	"letzte_nummer" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "nummernkreis_organisation_id_jahr_pk" PRIMARY KEY("organisation_id","jahr")
);
--> statement-breakpoint
CREATE TABLE "rechnung" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"jugendamt_id" uuid NOT NULL,
	"monatsabschluss_id" uuid,
	"art" text DEFAULT 'rechnung' NOT NULL,
	"bezug_rechnung_id" uuid,
	"nummer" text NOT NULL,
	"jahr" integer NOT NULL,
	"laufnummer" integer NOT NULL,
	"rechnungsdatum" date NOT NULL,
	"zeitraum_von" date NOT NULL,
	"zeitraum_bis" date NOT NULL,
	"summe" numeric(14, 2) NOT NULL,
	"dokument" jsonb NOT NULL,
	"erstellt_von" uuid,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rechnungsposition" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"rechnung_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"hilfe_id" uuid,
	"fall_id" uuid,
	"aktenzeichen_jugendamt" text NOT NULL,
	"bewilligung" text NOT NULL,
	"zeitraum_von" date NOT NULL,
	"zeitraum_bis" date NOT NULL,
	"beschreibung" text NOT NULL,
	"menge" numeric(12, 4) NOT NULL,
	"einheit" text NOT NULL,
	"satz" numeric(14, 2) NOT NULL,
	"betrag" numeric(14, 2) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "leistungseintrag" ALTER COLUMN "direkt" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "frist" ADD COLUMN "schluessel" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "frist" ADD COLUMN "ereignis_id" uuid;--> statement-breakpoint
ALTER TABLE "frist" ADD COLUMN "bezeichnung" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "frist" ADD COLUMN "kurzfristig" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "frist" ADD COLUMN "geaendert_am" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "hilfe" ADD COLUMN "bewilligung" text;--> statement-breakpoint
ALTER TABLE "hilfe" ADD COLUMN "stunden_pro_monat" numeric(8, 2);--> statement-breakpoint
ALTER TABLE "hilfe" ADD COLUMN "entgelt_satz" numeric(14, 2);--> statement-breakpoint
ALTER TABLE "hilfe" ADD COLUMN "kalkulation_id" uuid;--> statement-breakpoint
ALTER TABLE "hilfe" ADD COLUMN "weitere_person" jsonb;--> statement-breakpoint
ALTER TABLE "kalkulation" ADD COLUMN "reihe_id" uuid NOT NULL;--> statement-breakpoint
ALTER TABLE "kalkulation" ADD COLUMN "kommentar" text;--> statement-breakpoint
ALTER TABLE "leistungseintrag" ADD COLUMN "hilfe_id" uuid;--> statement-breakpoint
ALTER TABLE "leistungseintrag" ADD COLUMN "beginn" time;--> statement-breakpoint
ALTER TABLE "leistungseintrag" ADD COLUMN "ende" time;--> statement-breakpoint
ALTER TABLE "leistungseintrag" ADD COLUMN "qualifikation" text NOT NULL;--> statement-breakpoint
ALTER TABLE "leistungseintrag" ADD COLUMN "gruppenangebot" text;--> statement-breakpoint
ALTER TABLE "leistungseintrag" ADD COLUMN "monatsabschluss_id" uuid;--> statement-breakpoint
ALTER TABLE "leistungseintrag" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "benutzer_einstellung" ADD CONSTRAINT "benutzer_einstellung_benutzer_id_benutzer_id_fk" FOREIGN KEY ("benutzer_id") REFERENCES "public"."benutzer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benutzer_einstellung" ADD CONSTRAINT "benutzer_einstellung_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kalender_abo" ADD CONSTRAINT "kalender_abo_benutzer_id_benutzer_id_fk" FOREIGN KEY ("benutzer_id") REFERENCES "public"."benutzer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kalender_abo" ADD CONSTRAINT "kalender_abo_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisationsfrist" ADD CONSTRAINT "organisationsfrist_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisationsfrist" ADD CONSTRAINT "organisationsfrist_erledigt_von_benutzer_id_fk" FOREIGN KEY ("erledigt_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leistungseintrag_teilnahme" ADD CONSTRAINT "leistungseintrag_teilnahme_eintrag_id_leistungseintrag_id_fk" FOREIGN KEY ("eintrag_id") REFERENCES "public"."leistungseintrag"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leistungseintrag_teilnahme" ADD CONSTRAINT "leistungseintrag_teilnahme_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leistungseintrag_teilnahme" ADD CONSTRAINT "leistungseintrag_teilnahme_hilfe_id_hilfe_id_fk" FOREIGN KEY ("hilfe_id") REFERENCES "public"."hilfe"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leistungseintrag_teilnahme" ADD CONSTRAINT "leistungseintrag_teilnahme_fall_id_fall_id_fk" FOREIGN KEY ("fall_id") REFERENCES "public"."fall"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgetvereinbarung" ADD CONSTRAINT "budgetvereinbarung_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgetvereinbarung" ADD CONSTRAINT "budgetvereinbarung_jugendamt_id_organisation_id_fk" FOREIGN KEY ("jugendamt_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monatsabschluss" ADD CONSTRAINT "monatsabschluss_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monatsabschluss" ADD CONSTRAINT "monatsabschluss_abgeschlossen_von_benutzer_id_fk" FOREIGN KEY ("abgeschlossen_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nummernkreis" ADD CONSTRAINT "nummernkreis_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rechnung" ADD CONSTRAINT "rechnung_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rechnung" ADD CONSTRAINT "rechnung_jugendamt_id_organisation_id_fk" FOREIGN KEY ("jugendamt_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rechnung" ADD CONSTRAINT "rechnung_monatsabschluss_id_monatsabschluss_id_fk" FOREIGN KEY ("monatsabschluss_id") REFERENCES "public"."monatsabschluss"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rechnung" ADD CONSTRAINT "rechnung_erstellt_von_benutzer_id_fk" FOREIGN KEY ("erstellt_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rechnungsposition" ADD CONSTRAINT "rechnungsposition_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rechnungsposition" ADD CONSTRAINT "rechnungsposition_rechnung_id_rechnung_id_fk" FOREIGN KEY ("rechnung_id") REFERENCES "public"."rechnung"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rechnungsposition" ADD CONSTRAINT "rechnungsposition_hilfe_id_hilfe_id_fk" FOREIGN KEY ("hilfe_id") REFERENCES "public"."hilfe"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rechnungsposition" ADD CONSTRAINT "rechnungsposition_fall_id_fall_id_fk" FOREIGN KEY ("fall_id") REFERENCES "public"."fall"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisationsfrist_uq" ON "organisationsfrist" USING btree ("organisation_id","regel","faellig");--> statement-breakpoint
CREATE INDEX "teilnahme_hilfe_idx" ON "leistungseintrag_teilnahme" USING btree ("hilfe_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monatsabschluss_uq" ON "monatsabschluss" USING btree ("organisation_id","monat");--> statement-breakpoint
CREATE UNIQUE INDEX "rechnung_nummer_uq" ON "rechnung" USING btree ("organisation_id","nummer");--> statement-breakpoint
CREATE UNIQUE INDEX "rechnung_laufnummer_uq" ON "rechnung" USING btree ("organisation_id","jahr","laufnummer");--> statement-breakpoint
CREATE INDEX "rechnung_abschluss_idx" ON "rechnung" USING btree ("monatsabschluss_id");--> statement-breakpoint
CREATE INDEX "rechnungsposition_rechnung_idx" ON "rechnungsposition" USING btree ("rechnung_id");--> statement-breakpoint
ALTER TABLE "frist" ADD CONSTRAINT "frist_ereignis_id_ereignis_id_fk" FOREIGN KEY ("ereignis_id") REFERENCES "public"."ereignis"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leistungseintrag" ADD CONSTRAINT "leistungseintrag_hilfe_id_hilfe_id_fk" FOREIGN KEY ("hilfe_id") REFERENCES "public"."hilfe"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "frist_instanz_uq" ON "frist" USING btree ("hilfe_id","regel","schluessel");--> statement-breakpoint
CREATE UNIQUE INDEX "kalkulation_version_uq" ON "kalkulation" USING btree ("reihe_id","version");--> statement-breakpoint
CREATE INDEX "kalkulation_org_idx" ON "kalkulation" USING btree ("organisation_id","leistung");--> statement-breakpoint
CREATE INDEX "leistungseintrag_benutzer_idx" ON "leistungseintrag" USING btree ("benutzer_id","datum");--> statement-breakpoint
CREATE INDEX "leistungseintrag_hilfe_idx" ON "leistungseintrag" USING btree ("hilfe_id","datum");--> statement-breakpoint
ALTER TABLE "leistungseintrag" ADD CONSTRAINT "leistungseintrag_minuten_ck" CHECK ("leistungseintrag"."minuten" > 0 AND "leistungseintrag"."minuten" <= 1440);