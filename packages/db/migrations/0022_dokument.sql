CREATE TABLE "dokument" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fall_id" uuid NOT NULL,
	"name" text NOT NULL,
	"art" text NOT NULL,
	"mime" text NOT NULL,
	"groesse" integer NOT NULL,
	"inhalt" "bytea" NOT NULL,
	"hochgeladen_von" uuid NOT NULL,
	"hochgeladen_am" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dokument_pkey" PRIMARY KEY("id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "dokument" ADD CONSTRAINT "dokument_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dokument" ADD CONSTRAINT "dokument_hochgeladen_von_benutzer_id_fk" FOREIGN KEY ("hochgeladen_von") REFERENCES "public"."benutzer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dokument" ADD CONSTRAINT "dokument_fall_fk" FOREIGN KEY ("organisation_id","fall_id") REFERENCES "public"."fall"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dokument_fall_idx" ON "dokument" USING btree ("organisation_id","fall_id");