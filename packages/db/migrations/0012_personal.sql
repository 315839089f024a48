CREATE TABLE "mitarbeiter" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"benutzer_id" uuid,
	"name" text NOT NULL,
	"qualifikation" text NOT NULL,
	"funktion" text NOT NULL,
	"berufsjahre" integer,
	"leistung" text NOT NULL,
	"eintritt" date NOT NULL,
	"austritt" date,
	"fuehrungszeugnis_am" date,
	"version" integer DEFAULT 1 NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mitarbeiter_pkey" PRIMARY KEY("id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "mitarbeiter_vk" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"mitarbeiter_id" uuid NOT NULL,
	"ab" date NOT NULL,
	"vk" numeric(4, 3) NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mitarbeiter_vk_pkey" PRIMARY KEY("id","organisation_id"),
	CONSTRAINT "mitarbeiter_vk_ck" CHECK ("mitarbeiter_vk"."vk" >= 0 AND "mitarbeiter_vk"."vk" <= 1)
);
--> statement-breakpoint
ALTER TABLE "mitarbeiter" ADD CONSTRAINT "mitarbeiter_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitarbeiter" ADD CONSTRAINT "mitarbeiter_benutzer_id_benutzer_id_fk" FOREIGN KEY ("benutzer_id") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitarbeiter_vk" ADD CONSTRAINT "mitarbeiter_vk_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitarbeiter_vk" ADD CONSTRAINT "mitarbeiter_vk_mitarbeiter_fk" FOREIGN KEY ("organisation_id","mitarbeiter_id") REFERENCES "public"."mitarbeiter"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mitarbeiter_vk_ab_uq" ON "mitarbeiter_vk" USING btree ("organisation_id","mitarbeiter_id","ab");