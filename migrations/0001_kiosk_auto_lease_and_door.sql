ALTER TABLE `leases` ADD `auto` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `ticket_keys` ADD `revoked_at` text;