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
ALTER TABLE "mitarbeiter_schulung" ADD CONSTRAINT "mitarbeiter_schulung_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitarbeiter_schulung" ADD CONSTRAINT "mitarbeiter_schulung_mitarbeiter_fk" FOREIGN KEY ("organisation_id","mitarbeiter_id") REFERENCES "public"."mitarbeiter"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mitarbeiter_schulung_mitarbeiter_idx" ON "mitarbeiter_schulung" USING btree ("organisation_id","mitarbeiter_id");