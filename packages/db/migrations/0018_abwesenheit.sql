CREATE TABLE "abwesenheit" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"mitarbeiter_id" uuid NOT NULL,
	"art" text NOT NULL,
	"von" date NOT NULL,
	"bis" date NOT NULL,
	"vertretung_id" uuid,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "abwesenheit_pkey" PRIMARY KEY("id","organisation_id"),
	CONSTRAINT "abwesenheit_zeitraum_ck" CHECK ("abwesenheit"."bis" >= "abwesenheit"."von")
);
--> statement-breakpoint
ALTER TABLE "abwesenheit" ADD CONSTRAINT "abwesenheit_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abwesenheit" ADD CONSTRAINT "abwesenheit_mitarbeiter_fk" FOREIGN KEY ("organisation_id","mitarbeiter_id") REFERENCES "public"."mitarbeiter"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abwesenheit" ADD CONSTRAINT "abwesenheit_vertretung_fk" FOREIGN KEY ("organisation_id","vertretung_id") REFERENCES "public"."mitarbeiter"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "abwesenheit_von_idx" ON "abwesenheit" USING btree ("organisation_id","von");