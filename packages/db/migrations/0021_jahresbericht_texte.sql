CREATE TABLE "jahresbericht" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"jahr" integer NOT NULL,
	"texte" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"geaendert_am" timestamp with time zone DEFAULT now() NOT NULL,
	"gesendet_am" timestamp with time zone,
	"gesendet_an" uuid,
	"gesendet_von" uuid,
	CONSTRAINT "jahresbericht_pkey" PRIMARY KEY("id","organisation_id"),
	CONSTRAINT "jahresbericht_jahr_uq" UNIQUE("organisation_id","jahr"),
	CONSTRAINT "jahresbericht_jahr_ck" CHECK ("jahresbericht"."jahr" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
ALTER TABLE "posteingang" ALTER COLUMN "fall_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "posteingang" ALTER COLUMN "hilfe_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "jahresbericht" ADD CONSTRAINT "jahresbericht_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jahresbericht" ADD CONSTRAINT "jahresbericht_gesendet_an_organisation_id_fk" FOREIGN KEY ("gesendet_an") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jahresbericht" ADD CONSTRAINT "jahresbericht_gesendet_von_benutzer_id_fk" FOREIGN KEY ("gesendet_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;