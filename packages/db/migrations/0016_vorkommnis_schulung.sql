CREATE TABLE "mitarbeiter_schulung" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"mitarbeiter_id" uuid NOT NULL,
	"art" text NOT NULL,
	"titel" text,
	"datum" date NOT NULL,
	"anbieter" text NOT NULL,
	"erfasst_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mitarbeiter_schulung_pkey" PRIMARY KEY("id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "vorkommnis" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fall_id" uuid NOT NULL,
	"art" text NOT NULL,
	"datum" date NOT NULL,
	"beschreibung" text NOT NULL,
	"stationaer" boolean NOT NULL,
	"erfasst_von" uuid NOT NULL,
	"erfasst_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vorkommnis_pkey" PRIMARY KEY("id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "vorkommnis_pflicht" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"vorkommnis_id" uuid NOT NULL,
	"fall_id" uuid NOT NULL,
	"art" text NOT NULL,
	"frist" text NOT NULL,
	"faellig_am" date NOT NULL,
	"grundlage" text NOT NULL,
	"erledigt_am" date,
	"an" text,
	"weg" text,
	"grund" text,
	"erledigt_von" uuid,
	CONSTRAINT "vorkommnis_pflicht_pkey" PRIMARY KEY("id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "mitarbeiter_schulung" ADD CONSTRAINT "mitarbeiter_schulung_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitarbeiter_schulung" ADD CONSTRAINT "mitarbeiter_schulung_mitarbeiter_fk" FOREIGN KEY ("organisation_id","mitarbeiter_id") REFERENCES "public"."mitarbeiter"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vorkommnis" ADD CONSTRAINT "vorkommnis_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vorkommnis" ADD CONSTRAINT "vorkommnis_erfasst_von_benutzer_id_fk" FOREIGN KEY ("erfasst_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vorkommnis" ADD CONSTRAINT "vorkommnis_fall_fk" FOREIGN KEY ("organisation_id","fall_id") REFERENCES "public"."fall"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vorkommnis_pflicht" ADD CONSTRAINT "vorkommnis_pflicht_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vorkommnis_pflicht" ADD CONSTRAINT "vorkommnis_pflicht_erledigt_von_benutzer_id_fk" FOREIGN KEY ("erledigt_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vorkommnis_pflicht" ADD CONSTRAINT "vorkommnis_pflicht_vorkommnis_fk" FOREIGN KEY ("organisation_id","vorkommnis_id") REFERENCES "public"."vorkommnis"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mitarbeiter_schulung_mitarbeiter_idx" ON "mitarbeiter_schulung" USING btree ("organisation_id","mitarbeiter_id");--> statement-breakpoint
CREATE INDEX "vorkommnis_fall_idx" ON "vorkommnis" USING btree ("organisation_id","fall_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vorkommnis_pflicht_art_idx" ON "vorkommnis_pflicht" USING btree ("organisation_id","vorkommnis_id","art");