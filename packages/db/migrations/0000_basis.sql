CREATE TABLE "audit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"benutzer_id" uuid,
	"zeitpunkt" timestamp with time zone DEFAULT now() NOT NULL,
	"aktion" text NOT NULL,
	"ressource" text NOT NULL,
	"ressource_id" uuid,
	"ip" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "benutzer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"passwort_hash" text NOT NULL,
	"rolle" text NOT NULL,
	"aktiv" boolean DEFAULT true NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benutzer_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "ereignis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fall_id" uuid NOT NULL,
	"hilfe_id" uuid,
	"art" text NOT NULL,
	"datum" date NOT NULL,
	"bekannt_seit" date,
	"notiz" text,
	"erfasst_von" uuid NOT NULL,
	"erfasst_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fall" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"aktenzeichen" text NOT NULL,
	"bezeichnung" text NOT NULL,
	"status" text DEFAULT 'aktiv' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fall_team" (
	"organisation_id" uuid NOT NULL,
	"fall_id" uuid NOT NULL,
	"benutzer_id" uuid NOT NULL,
	CONSTRAINT "fall_team_fall_id_benutzer_id_pk" PRIMARY KEY("fall_id","benutzer_id")
);
--> statement-breakpoint
CREATE TABLE "fehlversuch" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schluessel" text NOT NULL,
	"zeitpunkt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "frist" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fall_id" uuid NOT NULL,
	"hilfe_id" uuid NOT NULL,
	"regel" text NOT NULL,
	"faellig" date,
	"status" text DEFAULT 'offen' NOT NULL,
	"erledigt_am" date,
	"erledigt_von" uuid,
	"nachweis" text,
	"hinweis" text,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hilfe" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fall_id" uuid NOT NULL,
	"leistung" text NOT NULL,
	"variante" text,
	"rechtsgrundlage" text NOT NULL,
	"jugendamt_id" uuid NOT NULL,
	"aktenzeichen_jugendamt" text,
	"beginn" date NOT NULL,
	"geplantes_ende" date,
	"tatsaechliches_ende" date,
	"endegrund" text,
	"ausnahme_begruendung" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kalkulation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"bezeichnung" text NOT NULL,
	"leistung" text NOT NULL,
	"variante" text,
	"stichtag" date NOT NULL,
	"eingabe" jsonb NOT NULL,
	"ergebnis" jsonb,
	"entgelt" numeric(14, 2),
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_von" uuid,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leistungseintrag" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fall_id" uuid,
	"benutzer_id" uuid NOT NULL,
	"datum" date NOT NULL,
	"minuten" integer NOT NULL,
	"art" text NOT NULL,
	"direkt" boolean NOT NULL,
	"bemerkung" text,
	"erfasst_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notiz" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fall_id" uuid NOT NULL,
	"text" text NOT NULL,
	"besondere_kategorie" boolean DEFAULT false NOT NULL,
	"autor_id" uuid NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"art" text NOT NULL,
	"name" text NOT NULL,
	"bundesland" text NOT NULL,
	"leitweg_id" text,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fall_id" uuid NOT NULL,
	"rolle" text NOT NULL,
	"vorname" text NOT NULL,
	"nachname" text NOT NULL,
	"geburtsdatum" date,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sitzung" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"benutzer_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"csrf_token" text NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"zuletzt_aktiv" timestamp with time zone DEFAULT now() NOT NULL,
	"ablauf" timestamp with time zone NOT NULL,
	CONSTRAINT "sitzung_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "audit" ADD CONSTRAINT "audit_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit" ADD CONSTRAINT "audit_benutzer_id_benutzer_id_fk" FOREIGN KEY ("benutzer_id") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benutzer" ADD CONSTRAINT "benutzer_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ereignis" ADD CONSTRAINT "ereignis_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ereignis" ADD CONSTRAINT "ereignis_fall_id_fall_id_fk" FOREIGN KEY ("fall_id") REFERENCES "public"."fall"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ereignis" ADD CONSTRAINT "ereignis_hilfe_id_hilfe_id_fk" FOREIGN KEY ("hilfe_id") REFERENCES "public"."hilfe"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ereignis" ADD CONSTRAINT "ereignis_erfasst_von_benutzer_id_fk" FOREIGN KEY ("erfasst_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fall" ADD CONSTRAINT "fall_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fall_team" ADD CONSTRAINT "fall_team_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fall_team" ADD CONSTRAINT "fall_team_fall_id_fall_id_fk" FOREIGN KEY ("fall_id") REFERENCES "public"."fall"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fall_team" ADD CONSTRAINT "fall_team_benutzer_id_benutzer_id_fk" FOREIGN KEY ("benutzer_id") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frist" ADD CONSTRAINT "frist_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frist" ADD CONSTRAINT "frist_fall_id_fall_id_fk" FOREIGN KEY ("fall_id") REFERENCES "public"."fall"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frist" ADD CONSTRAINT "frist_hilfe_id_hilfe_id_fk" FOREIGN KEY ("hilfe_id") REFERENCES "public"."hilfe"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frist" ADD CONSTRAINT "frist_erledigt_von_benutzer_id_fk" FOREIGN KEY ("erledigt_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hilfe" ADD CONSTRAINT "hilfe_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hilfe" ADD CONSTRAINT "hilfe_fall_id_fall_id_fk" FOREIGN KEY ("fall_id") REFERENCES "public"."fall"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hilfe" ADD CONSTRAINT "hilfe_jugendamt_id_organisation_id_fk" FOREIGN KEY ("jugendamt_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kalkulation" ADD CONSTRAINT "kalkulation_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kalkulation" ADD CONSTRAINT "kalkulation_erstellt_von_benutzer_id_fk" FOREIGN KEY ("erstellt_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leistungseintrag" ADD CONSTRAINT "leistungseintrag_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leistungseintrag" ADD CONSTRAINT "leistungseintrag_fall_id_fall_id_fk" FOREIGN KEY ("fall_id") REFERENCES "public"."fall"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leistungseintrag" ADD CONSTRAINT "leistungseintrag_benutzer_id_benutzer_id_fk" FOREIGN KEY ("benutzer_id") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notiz" ADD CONSTRAINT "notiz_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notiz" ADD CONSTRAINT "notiz_fall_id_fall_id_fk" FOREIGN KEY ("fall_id") REFERENCES "public"."fall"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notiz" ADD CONSTRAINT "notiz_autor_id_benutzer_id_fk" FOREIGN KEY ("autor_id") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_fall_id_fall_id_fk" FOREIGN KEY ("fall_id") REFERENCES "public"."fall"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sitzung" ADD CONSTRAINT "sitzung_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sitzung" ADD CONSTRAINT "sitzung_benutzer_id_benutzer_id_fk" FOREIGN KEY ("benutzer_id") REFERENCES "public"."benutzer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_organisation_zeit_idx" ON "audit" USING btree ("organisation_id","zeitpunkt");--> statement-breakpoint
CREATE INDEX "benutzer_organisation_idx" ON "benutzer" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "ereignis_fall_idx" ON "ereignis" USING btree ("fall_id","datum");--> statement-breakpoint
CREATE UNIQUE INDEX "fall_aktenzeichen_uq" ON "fall" USING btree ("organisation_id","aktenzeichen");--> statement-breakpoint
CREATE INDEX "fehlversuch_schluessel_idx" ON "fehlversuch" USING btree ("schluessel","zeitpunkt");--> statement-breakpoint
CREATE INDEX "frist_hilfe_idx" ON "frist" USING btree ("hilfe_id");--> statement-breakpoint
CREATE INDEX "frist_faellig_idx" ON "frist" USING btree ("organisation_id","faellig");--> statement-breakpoint
CREATE INDEX "hilfe_fall_idx" ON "hilfe" USING btree ("fall_id","beginn");--> statement-breakpoint
CREATE INDEX "hilfe_jugendamt_idx" ON "hilfe" USING btree ("jugendamt_id");--> statement-breakpoint
CREATE INDEX "leistungseintrag_datum_idx" ON "leistungseintrag" USING btree ("organisation_id","datum");--> statement-breakpoint
CREATE INDEX "notiz_fall_idx" ON "notiz" USING btree ("fall_id");--> statement-breakpoint
CREATE INDEX "person_fall_idx" ON "person" USING btree ("fall_id");--> statement-breakpoint
CREATE INDEX "sitzung_benutzer_idx" ON "sitzung" USING btree ("benutzer_id");