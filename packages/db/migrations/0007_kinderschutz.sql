CREATE TABLE "kinderschutz_vignette" (
	"verfahren_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fall_id" uuid NOT NULL,
	"inhalt" jsonb NOT NULL,
	"stand" text[] NOT NULL,
	"abgeschlossen" date,
	"aktualisiert_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kinderschutz_vignette_pkey" PRIMARY KEY("verfahren_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "kinderschutzschritt" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"verfahren_id" uuid NOT NULL,
	"fall_id" uuid NOT NULL,
	"art" text NOT NULL,
	"datum" date NOT NULL,
	"inhalt" jsonb NOT NULL,
	"erfasst_von" uuid NOT NULL,
	"erfasst_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kinderschutzschritt_pkey" PRIMARY KEY("id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "kinderschutzverfahren" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fall_id" uuid NOT NULL,
	"anhaltspunkte" text NOT NULL,
	"begonnen_am" date NOT NULL,
	"begonnen_von" uuid NOT NULL,
	"abgeschlossen_am" date,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kinderschutzverfahren_pkey" PRIMARY KEY("id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "kinderschutz_vignette" ADD CONSTRAINT "kinderschutz_vignette_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinderschutz_vignette" ADD CONSTRAINT "kinderschutz_vignette_verfahren_fk" FOREIGN KEY ("organisation_id","verfahren_id") REFERENCES "public"."kinderschutzverfahren"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinderschutzschritt" ADD CONSTRAINT "kinderschutzschritt_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinderschutzschritt" ADD CONSTRAINT "kinderschutzschritt_erfasst_von_benutzer_id_fk" FOREIGN KEY ("erfasst_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinderschutzschritt" ADD CONSTRAINT "kinderschutzschritt_verfahren_fk" FOREIGN KEY ("organisation_id","verfahren_id") REFERENCES "public"."kinderschutzverfahren"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinderschutzverfahren" ADD CONSTRAINT "kinderschutzverfahren_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinderschutzverfahren" ADD CONSTRAINT "kinderschutzverfahren_begonnen_von_benutzer_id_fk" FOREIGN KEY ("begonnen_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinderschutzverfahren" ADD CONSTRAINT "kinderschutzverfahren_fall_fk" FOREIGN KEY ("organisation_id","fall_id") REFERENCES "public"."fall"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kinderschutzschritt_verfahren_idx" ON "kinderschutzschritt" USING btree ("organisation_id","verfahren_id");--> statement-breakpoint
CREATE INDEX "kinderschutzverfahren_fall_idx" ON "kinderschutzverfahren" USING btree ("organisation_id","fall_id");