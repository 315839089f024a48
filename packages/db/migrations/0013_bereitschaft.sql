CREATE TABLE "bereitschaft" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"mitarbeiter_id" uuid NOT NULL,
	"von" timestamp with time zone NOT NULL,
	"bis" timestamp with time zone NOT NULL,
	"telefon" text NOT NULL,
	"erstellt_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bereitschaft_pkey" PRIMARY KEY("id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "bereitschaft" ADD CONSTRAINT "bereitschaft_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bereitschaft" ADD CONSTRAINT "bereitschaft_mitarbeiter_fk" FOREIGN KEY ("organisation_id","mitarbeiter_id") REFERENCES "public"."mitarbeiter"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bereitschaft_von_idx" ON "bereitschaft" USING btree ("organisation_id","von");