CREATE TABLE "eigene_pflicht" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"titel" text NOT NULL,
	"rhythmus" text NOT NULL,
	"alle_wochen" integer,
	"erstmals" date NOT NULL,
	"hinweis" text,
	"beendet_am" date,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_von" uuid NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eigene_pflicht_pkey" PRIMARY KEY("id","organisation_id"),
	CONSTRAINT "eigene_pflicht_wochen_ck" CHECK (("eigene_pflicht"."rhythmus" = 'wochen') = ("eigene_pflicht"."alle_wochen" IS NOT NULL AND "eigene_pflicht"."alle_wochen" BETWEEN 1 AND 52))
);
--> statement-breakpoint
ALTER TABLE "dokument" ALTER COLUMN "fall_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "dokument" ADD COLUMN "organisationsfrist_id" uuid;--> statement-breakpoint
ALTER TABLE "eigene_pflicht" ADD CONSTRAINT "eigene_pflicht_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eigene_pflicht" ADD CONSTRAINT "eigene_pflicht_erstellt_von_benutzer_id_fk" FOREIGN KEY ("erstellt_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dokument" ADD CONSTRAINT "dokument_organisationsfrist_fk" FOREIGN KEY ("organisation_id","organisationsfrist_id") REFERENCES "public"."organisationsfrist"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dokument_organisationsfrist_idx" ON "dokument" USING btree ("organisation_id","organisationsfrist_id");--> statement-breakpoint
ALTER TABLE "dokument" ADD CONSTRAINT "dokument_gehoert_zu" CHECK (("dokument"."fall_id" IS NULL) <> ("dokument"."organisationsfrist_id" IS NULL));