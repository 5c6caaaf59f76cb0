import { hash, verify } from '@node-rs/argon2';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes); the library's default algorithm is id.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

// Verified against when the username does not exist, so timing does not reveal which accounts exist.
let decoy: Promise<string> | null = null;
export async function burnVerify(password: string): Promise<void> {
  decoy ??= hashPassword('decoy-password-never-used');
  await verify(await decoy, password);
}
