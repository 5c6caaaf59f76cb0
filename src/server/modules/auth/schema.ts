import { z } from 'zod';
import { roleGrantView } from '../accounts/schema.ts';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const meResponse = z.object({
  username: z.string(),
  displayName: z.string(),
  roles: z.array(roleGrantView),
  /** Plain strings: a web build may not know every permission the server grants. */
  permissions: z.array(z.string()),
  csrfToken: z.string(),
});
export type MeResponse = z.infer<typeof meResponse>;
