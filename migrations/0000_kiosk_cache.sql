CREATE TABLE `catalog` (
	`kind` text NOT NULL,
	`id` text NOT NULL,
	`body` text NOT NULL,
	PRIMARY KEY(`kind`, `id`)
);
--> statement-breakpoint
CREATE TABLE `door_notices` (
	`kind` text NOT NULL,
	`id` text NOT NULL,
	`body` text NOT NULL,
	PRIMARY KEY(`kind`, `id`)
);
--> statement-breakpoint
CREATE TABLE `leases` (
	`id` text PRIMARY KEY NOT NULL,
	`showtime_id` text NOT NULL,
	`seats` text NOT NULL,
	`ends_at` text NOT NULL,
	`status` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sale_seats` (
	`showtime_id` text NOT NULL,
	`seat_id` text NOT NULL,
	`sale_id` text NOT NULL,
	PRIMARY KEY(`showtime_id`, `seat_id`)
);
--> statement-breakpoint
CREATE TABLE `sales` (
	`id` text PRIMARY KEY NOT NULL,
	`mode` text NOT NULL,
	`showtime_id` text NOT NULL,
	`lease_id` text,
	`seats` text NOT NULL,
	`booking_id` text,
	`quote` text NOT NULL,
	`method` text NOT NULL,
	`customer` text,
	`sold_at` text NOT NULL,
	`sold_by` text NOT NULL,
	`signed` text,
	`tickets` text,
	`status` text NOT NULL,
	`reason` text,
	`detail` text,
	`resolution` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`synced_at` text
);
--> statement-breakpoint
CREATE INDEX `sales_status` ON `sales` (`status`,`sold_at`);--> statement-breakpoint
CREATE TABLE `scans` (
	`id` text PRIMARY KEY NOT NULL,
	`ticket_id` text NOT NULL,
	`booking_id` text,
	`seat` text,
	`showtime_id` text,
	`door` text NOT NULL,
	`scanned_at` text NOT NULL,
	`admitted` integer NOT NULL,
	`reason` text,
	`synced` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scans_one_entry_per_door` ON `scans` (`ticket_id`,`door`) WHERE admitted = 1;--> statement-breakpoint
CREATE INDEX `scans_unsynced` ON `scans` (`synced`);--> statement-breakpoint
CREATE TABLE `seats` (
	`showtime_id` text NOT NULL,
	`seat_id` text NOT NULL,
	`status` text NOT NULL,
	`hold_expires_at` text,
	`lease_ends_at` text,
	`kiosk_id` text,
	`lease_id` text,
	`booking_id` text,
	PRIMARY KEY(`showtime_id`, `seat_id`)
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`staff_id` text NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `showtimes` (
	`id` text PRIMARY KEY NOT NULL,
	`starts_at` text NOT NULL,
	`body` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `showtimes_starts_at` ON `showtimes` (`starts_at`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`roles` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_email_unique` ON `staff` (`email`);--> statement-breakpoint
CREATE TABLE `ticket_keys` (
	`kid` text PRIMARY KEY NOT NULL,
	`public_key` text NOT NULL
);
