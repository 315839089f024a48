ALTER TABLE "ereignis" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "frist" ADD COLUMN "erledigt_durch" uuid;--> statement-breakpoint
ALTER TABLE "frist" ADD CONSTRAINT "frist_erledigt_durch_fk" FOREIGN KEY ("organisation_id","erledigt_durch") REFERENCES "public"."ereignis"("organisation_id","id") ON DELETE no action ON UPDATE no action;