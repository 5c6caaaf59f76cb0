import { customType, integer, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** region_code: a 12-digit region code, the scope every read filters on. */
export const regionCodeColumn = () => varchar('region_code', { length: 12 });
/** county_code: the 6-digit county code, the shard key. */
export const countyCodeColumn = () => varchar('county_code', { length: 6 });

/** Every tenant table: region_code (the scope every read filters on) and county_code (the shard key). */
export const tenant = {
  regionCode: regionCodeColumn().notNull(),
  countyCode: countyCodeColumn().notNull(),
};

/** A key's id (a seal key, a field cipher's key). */
export const keyId = (name: string) => varchar(name, { length: 16 });

/** A 64-hex-digit digest: SM3 or SHA-256 hashes, HMAC seals, blind indexes. */
export const hex64 = (name: string) => varchar(name, { length: 64 });

/** A moment, with its time zone, read as a Date. */
export const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** When a row was made and when it last changed: created_at, updated_at. */
export const stamps = {
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
};

/** Who made a row and when: created_by (an account's id), created_at. */
export const created = {
  createdBy: uuid('created_by').notNull(),
  createdAt: at('created_at').notNull(),
};

/** A row someone made and may edit: created_by, created_at, updated_at. */
export const createdUpdated = {
  createdBy: uuid('created_by').notNull(),
  ...stamps,
};

/** A fact someone recorded (a payment, a spend, an activity): recorded_by, created_at. */
export const recorded = {
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: at('created_at').notNull(),
};

/** A setting an account last changed (a county's rule for a year or a class): updated_by, updated_at. */
export const updated = {
  updatedBy: uuid('updated_by').notNull(),
  updatedAt: at('updated_at').notNull(),
};

/** A decision made once, with who made it and when: decided_by, decided_at. */
export const decided = {
  decidedBy: uuid('decided_by').notNull(),
  decidedAt: at('decided_at').notNull(),
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
  sha256: hex64('sha256').notNull(),
  data: bytea('data').notNull(),
  uploadedBy: uuid('uploaded_by').notNull(),
  createdAt: at('created_at').notNull(),
});
