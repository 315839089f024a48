CREATE TABLE "loeschsperre" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fall_id" uuid NOT NULL,
	"grund" text NOT NULL,
	"gesetzt_von" uuid NOT NULL,
	"gesetzt_am" timestamp with time zone DEFAULT now() NOT NULL,
	"aufgehoben_von" uuid,
	"aufgehoben_am" timestamp with time zone,
	CONSTRAINT "loeschsperre_pkey" PRIMARY KEY("id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "fall" ADD COLUMN "anonymisiert_am" date;--> statement-breakpoint
ALTER TABLE "loeschsperre" ADD CONSTRAINT "loeschsperre_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loeschsperre" ADD CONSTRAINT "loeschsperre_gesetzt_von_benutzer_id_fk" FOREIGN KEY ("gesetzt_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loeschsperre" ADD CONSTRAINT "loeschsperre_aufgehoben_von_benutzer_id_fk" FOREIGN KEY ("aufgehoben_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loeschsperre" ADD CONSTRAINT "loeschsperre_fall_fk" FOREIGN KEY ("organisation_id","fall_id") REFERENCES "public"."fall"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "loeschsperre_fall_idx" ON "loeschsperre" USING btree ("fall_id");