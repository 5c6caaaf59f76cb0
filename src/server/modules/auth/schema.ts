import { z } from 'zod';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const meResponse = z.object({
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.object({ role: z.string(), scope: z.string(), scopeName: z.string() })),
  permissions: z.array(z.string()),
  csrfToken: z.string(),
});
export type MeResponse = z.infer<typeof meResponse>;
