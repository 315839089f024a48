CREATE TABLE "beschwerde" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"vorgangsnummer" text NOT NULL,
	"quelle" text DEFAULT 'oeffentlich' NOT NULL,
	"text" text NOT NULL,
	"kontakt" text,
	"status" text DEFAULT 'eingegangen' NOT NULL,
	"eingegangen_am" date NOT NULL,
	"bestaetigung_faellig" date NOT NULL,
	"antwort_faellig" date NOT NULL,
	"bestaetigt_am" date,
	"beantwortet_am" date,
	"abgeschlossen_am" date,
	"ergebnis" text,
	"bearbeitet_von" uuid,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beschwerde_pkey" PRIMARY KEY("id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "kennung" text;--> statement-breakpoint
ALTER TABLE "beschwerde" ADD CONSTRAINT "beschwerde_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beschwerde" ADD CONSTRAINT "beschwerde_bearbeitet_von_benutzer_id_fk" FOREIGN KEY ("bearbeitet_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "beschwerde_vorgangsnummer_uq" ON "beschwerde" USING btree ("organisation_id","vorgangsnummer");--> statement-breakpoint
CREATE INDEX "beschwerde_eingang_idx" ON "beschwerde" USING btree ("organisation_id","eingegangen_am");--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_kennung_unique" UNIQUE("kennung");--> statement-breakpoint
-- Organisations that exist already get a kennung from their id (unguessable, stable); a new one is set on creation.
UPDATE "organisation" SET "kennung" = substr(replace("id"::text, '-', ''), 1, 12) WHERE "kennung" IS NULL;
