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
CREATE INDEX "hilfeplan_termin_hilfe_idx" ON "hilfeplan_termin" USING btree ("hilfe_id","datum");--> statement-breakpoint
CREATE INDEX "hilfeplan_ziel_hilfe_idx" ON "hilfeplan_ziel" USING btree ("hilfe_id");