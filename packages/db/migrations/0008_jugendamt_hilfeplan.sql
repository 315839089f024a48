CREATE TABLE "hilfeplan_termin" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"jugendamt_id" uuid NOT NULL,
	"fall_id" uuid NOT NULL,
	"hilfe_id" uuid NOT NULL,
	"art" text DEFAULT 'hpg' NOT NULL,
	"datum" date NOT NULL,
	"bekannt_seit" date NOT NULL,
	"status" text DEFAULT 'geplant' NOT NULL,
	"teilnahme" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"zielpruefung" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"erstellt_von" uuid NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "hilfeplan_termin_pkey" PRIMARY KEY("id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "hilfeplan_ziel" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"jugendamt_id" uuid NOT NULL,
	"fall_id" uuid NOT NULL,
	"hilfe_id" uuid NOT NULL,
	"oberziel_id" uuid,
	"text" text NOT NULL,
	"erstellt_von" uuid NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hilfeplan_ziel_pkey" PRIMARY KEY("id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "anfrage" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"jugendamt_id" uuid NOT NULL,
	"erstellt_von" uuid NOT NULL,
	"leistung" text NOT NULL,
	"variante" text,
	"vorname" text NOT NULL,
	"nachname" text NOT NULL,
	"geburtsdatum" date NOT NULL,
	"beginn" date NOT NULL,
	"umfang_stunden_monat" numeric(8, 2),
	"empfehlung" text,
	"kinderschutzrelevant" boolean DEFAULT false NOT NULL,
	"anlass" text NOT NULL,
	"aktenzeichen_jugendamt" text,
	"status" text DEFAULT 'offen' NOT NULL,
	"zugesagter_beginn" date,
	"fall_id" uuid,
	"hilfe_id" uuid,
	"absagegrund" text,
	"beantwortet_am" timestamp with time zone,
	"beantwortet_von" uuid,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "anfrage_pkey" PRIMARY KEY("id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "bericht" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fall_id" uuid NOT NULL,
	"hilfe_id" uuid NOT NULL,
	"jugendamt_id" uuid NOT NULL,
	"art" text NOT NULL,
	"inhalt" jsonb NOT NULL,
	"status" text DEFAULT 'entwurf' NOT NULL,
	"kopf" jsonb,
	"erstellt_von" uuid NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"geaendert_am" timestamp with time zone DEFAULT now() NOT NULL,
	"gesendet_am" timestamp with time zone,
	"gesendet_von" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "bericht_pkey" PRIMARY KEY("id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "posteingang" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"jugendamt_id" uuid NOT NULL,
	"art" text NOT NULL,
	"fall_id" uuid NOT NULL,
	"hilfe_id" uuid NOT NULL,
	"bezug_id" uuid,
	"titel" text NOT NULL,
	"gesendet_am" timestamp with time zone DEFAULT now() NOT NULL,
	"gesendet_von" uuid NOT NULL,
	"gelesen_am" timestamp with time zone,
	"gelesen_von" uuid,
	"inhalt" jsonb,
	CONSTRAINT "posteingang_pkey" PRIMARY KEY("id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "hilfe" ADD COLUMN "empfehlung" text;--> statement-breakpoint
ALTER TABLE "hilfe" ADD COLUMN "kinderschutzrelevant" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "leistungen" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "hilfeplan_termin" ADD CONSTRAINT "hilfeplan_termin_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hilfeplan_termin" ADD CONSTRAINT "hilfeplan_termin_jugendamt_id_organisation_id_fk" FOREIGN KEY ("jugendamt_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hilfeplan_termin" ADD CONSTRAINT "hilfeplan_termin_erstellt_von_benutzer_id_fk" FOREIGN KEY ("erstellt_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hilfeplan_termin" ADD CONSTRAINT "hilfeplan_termin_fall_fk" FOREIGN KEY ("organisation_id","fall_id") REFERENCES "public"."fall"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hilfeplan_termin" ADD CONSTRAINT "hilfeplan_termin_hilfe_fk" FOREIGN KEY ("organisation_id","hilfe_id") REFERENCES "public"."hilfe"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hilfeplan_ziel" ADD CONSTRAINT "hilfeplan_ziel_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hilfeplan_ziel" ADD CONSTRAINT "hilfeplan_ziel_jugendamt_id_organisation_id_fk" FOREIGN KEY ("jugendamt_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hilfeplan_ziel" ADD CONSTRAINT "hilfeplan_ziel_erstellt_von_benutzer_id_fk" FOREIGN KEY ("erstellt_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hilfeplan_ziel" ADD CONSTRAINT "hilfeplan_ziel_hilfe_fk" FOREIGN KEY ("organisation_id","hilfe_id") REFERENCES "public"."hilfe"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hilfeplan_ziel" ADD CONSTRAINT "hilfeplan_ziel_oberziel_fk" FOREIGN KEY ("organisation_id","oberziel_id") REFERENCES "public"."hilfeplan_ziel"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anfrage" ADD CONSTRAINT "anfrage_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anfrage" ADD CONSTRAINT "anfrage_jugendamt_id_organisation_id_fk" FOREIGN KEY ("jugendamt_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anfrage" ADD CONSTRAINT "anfrage_erstellt_von_benutzer_id_fk" FOREIGN KEY ("erstellt_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anfrage" ADD CONSTRAINT "anfrage_beantwortet_von_benutzer_id_fk" FOREIGN KEY ("beantwortet_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anfrage" ADD CONSTRAINT "anfrage_fall_fk" FOREIGN KEY ("organisation_id","fall_id") REFERENCES "public"."fall"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anfrage" ADD CONSTRAINT "anfrage_hilfe_fk" FOREIGN KEY ("organisation_id","hilfe_id") REFERENCES "public"."hilfe"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bericht" ADD CONSTRAINT "bericht_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bericht" ADD CONSTRAINT "bericht_jugendamt_id_organisation_id_fk" FOREIGN KEY ("jugendamt_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bericht" ADD CONSTRAINT "bericht_erstellt_von_benutzer_id_fk" FOREIGN KEY ("erstellt_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bericht" ADD CONSTRAINT "bericht_gesendet_von_benutzer_id_fk" FOREIGN KEY ("gesendet_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bericht" ADD CONSTRAINT "bericht_fall_fk" FOREIGN KEY ("organisation_id","fall_id") REFERENCES "public"."fall"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bericht" ADD CONSTRAINT "bericht_hilfe_fk" FOREIGN KEY ("organisation_id","hilfe_id") REFERENCES "public"."hilfe"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posteingang" ADD CONSTRAINT "posteingang_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posteingang" ADD CONSTRAINT "posteingang_jugendamt_id_organisation_id_fk" FOREIGN KEY ("jugendamt_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posteingang" ADD CONSTRAINT "posteingang_gesendet_von_benutzer_id_fk" FOREIGN KEY ("gesendet_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posteingang" ADD CONSTRAINT "posteingang_gelesen_von_benutzer_id_fk" FOREIGN KEY ("gelesen_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posteingang" ADD CONSTRAINT "posteingang_hilfe_fk" FOREIGN KEY ("organisation_id","hilfe_id") REFERENCES "public"."hilfe"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hilfeplan_termin_hilfe_idx" ON "hilfeplan_termin" USING btree ("hilfe_id","datum");--> statement-breakpoint
CREATE INDEX "hilfeplan_ziel_hilfe_idx" ON "hilfeplan_ziel" USING btree ("hilfe_id");--> statement-breakpoint
CREATE INDEX "anfrage_jugendamt_idx" ON "anfrage" USING btree ("jugendamt_id","erstellt_am");--> statement-breakpoint
CREATE INDEX "anfrage_organisation_idx" ON "anfrage" USING btree ("organisation_id","erstellt_am");--> statement-breakpoint
CREATE INDEX "bericht_hilfe_idx" ON "bericht" USING btree ("hilfe_id");--> statement-breakpoint
CREATE INDEX "posteingang_jugendamt_idx" ON "posteingang" USING btree ("jugendamt_id","gesendet_am");