import { customType, integer, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** Every tenant table: region_code (the scope every read filters on) and county_code (the shard key). */
export const tenant = {
  regionCode: varchar('region_code', { length: 12 }).notNull(),
  countyCode: varchar('county_code', { length: 6 }).notNull(),
};

/** A moment, with its time zone, read as a Date. */
export const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const stamps = {
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
};

/** Bytes (a stored file), read as a Buffer whichever driver answers. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * An uploaded file kept with what it belongs to (evaluation evidence, activity evidence): checked
 * by platform/uploadedFiles.ts, its content's SHA-256 beside the bytes.
 */
export const storedFile = () => ({
  name: text('name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: varchar('sha256', { length: 64 }).notNull(),
  data: bytea('data').notNull(),
  uploadedBy: uuid('uploaded_by').notNull(),
  createdAt: at('created_at').notNull(),
});
