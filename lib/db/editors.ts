import "server-only";
import { hashPassword, newSessionToken, sessionId, verifyPassword } from "../auth/password";
import type { Db } from "./client";

export const SESSION_HOURS = 12;
export const DEVICE_DAYS = 90;

/**
 * Sign-in throttling (see lib/editor/sessions.ts for the buckets): the first FREE_ATTEMPTS attempts
 * of a bucket go through at once; after that each attempt must wait for the one before it, the wait
 * doubling from 2 s up to MAX_DELAY_SECONDS. A bucket forgets its attempts after RESET_MINUTES of
 * quiet, and a correct password clears it. Never a hard lock.
 */
export const FREE_ATTEMPTS = 5;
export const MAX_DELAY_SECONDS = 60;
export const RESET_MINUTES = 15;

/** Seconds the next attempt must wait after `attempts` attempts in a bucket. */
export const delayAfter = (attempts: number): number =>
  attempts < FREE_ATTEMPTS ? 0 : Math.min(2 ** (attempts - FREE_ATTEMPTS + 1), MAX_DELAY_SECONDS);

export interface EditorAccount {
  id: number;
  name: string;
}

/** Creates an account, or returns null when the name is taken (also when two runs race for it). */
export async function createEditor(db: Db, name: string, password: string): Promise<EditorAccount | null> {
  try {
    return await db.editor.create({ data: { name, passwordHash: await hashPassword(password) }, select: { id: true, name: true } });
  } catch (error) {
    if ((error as { code?: unknown }).code === "P2002") return null;
    throw error;
  }
}

export async function editorExists(db: Pick<Db, "editor">, name: string): Promise<boolean> {
  return (await db.editor.count({ where: { name } })) > 0;
}

/**
 * Takes one attempt from a bucket, atomically (a conditional update on the attempt count, so
 * parallel attempts cannot all pass the same check); or says how long to wait.
 */
export async function reserveAttempt(db: Pick<Db, "signInThrottle">, key: string, now = Date.now()): Promise<{ ok: true } | { ok: false; waitSeconds: number }> {
  for (let tries = 0; tries < 8; tries++) {
    const row = await db.signInThrottle.findUnique({ where: { key } });
    if (!row) {
      try {
        await db.signInThrottle.create({ data: { key, attempts: 1, nextAt: new Date(now + delayAfter(1) * 1000), updatedAt: new Date(now) } });
        return { ok: true };
      } catch (error) {
        if ((error as { code?: unknown }).code === "P2002") continue;
        throw error;
      }
    }
    const stale = row.updatedAt.getTime() < now - RESET_MINUTES * 60_000;
    if (!stale && row.nextAt.getTime() > now) return { ok: false, waitSeconds: Math.ceil((row.nextAt.getTime() - now) / 1000) };
    const attempts = (stale ? 0 : row.attempts) + 1;
    const { count } = await db.signInThrottle.updateMany({
      where: { key, attempts: row.attempts, updatedAt: row.updatedAt },
      data: { attempts, nextAt: new Date(now + delayAfter(attempts) * 1000), updatedAt: new Date(now) },
    });
    if (count === 1) return { ok: true };
  }
  return { ok: false, waitSeconds: 1 };
}

export type SignInResult =
  | { ok: true; token: string; editor: EditorAccount; expiresAt: Date; device: { token: string; expiresAt: Date } | null }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "wait"; waitSeconds: number };

/** A scrypt hash of nothing in particular: an unknown name costs the same work as a known one. */
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

/**
 * Checks a name and password against the bucket's throttle. A correct password clears the bucket,
 * opens a session and, unless the browser is already trusted for this account, trusts it.
 */
export async function signIn(db: Db, name: string, password: string, bucket: string, trustedDeviceOf: number | null = null): Promise<SignInResult> {
  const reserved = await reserveAttempt(db, bucket);
  if (!reserved.ok) return { ok: false, reason: "wait", waitSeconds: reserved.waitSeconds };
  const editor = await db.editor.findUnique({ where: { name }, select: { id: true, name: true, passwordHash: true } });
  const valid = await verifyPassword(password, editor?.passwordHash ?? DUMMY_HASH);
  if (!editor || !valid) return { ok: false, reason: "invalid" };
  const { token, id } = newSessionToken();
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000);
  await db.session.create({ data: { id, editorId: editor.id, expiresAt } });
  await db.signInThrottle.deleteMany({ where: { key: bucket } });
  let device: { token: string; expiresAt: Date } | null = null;
  if (trustedDeviceOf !== editor.id) {
    const fresh = newSessionToken();
    const until = new Date(Date.now() + DEVICE_DAYS * 86_400_000);
    await db.trustedDevice.deleteMany({ where: { editorId: editor.id, expiresAt: { lt: new Date() } } });
    await db.trustedDevice.create({ data: { id: fresh.id, editorId: editor.id, expiresAt: until } });
    device = { token: fresh.token, expiresAt: until };
  }
  return { ok: true, token, editor: { id: editor.id, name: editor.name }, expiresAt, device };
}

/** The account a trusted-device token belongs to, if it is valid and names that account. */
export async function deviceAccount(db: Pick<Db, "trustedDevice">, token: string | undefined): Promise<{ deviceId: string; editorId: number; name: string } | null> {
  if (!token || token.length > 100) return null;
  const row = await db.trustedDevice.findUnique({ where: { id: sessionId(token) }, select: { id: true, expiresAt: true, editor: { select: { id: true, name: true } } } });
  if (!row || row.expiresAt.getTime() < Date.now()) return null;
  return { deviceId: row.id, editorId: row.editor.id, name: row.editor.name };
}

/** The editor a session token belongs to, if the session is valid. */
export async function editorForToken(db: Db, token: string | undefined): Promise<EditorAccount | null> {
  if (!token || token.length > 100) return null;
  const session = await db.session.findUnique({ where: { id: sessionId(token) }, select: { expiresAt: true, editor: { select: { id: true, name: true } } } });
  if (!session || session.expiresAt.getTime() < Date.now()) return null;
  return session.editor;
}

export async function endSession(db: Db, token: string | undefined): Promise<void> {
  if (token) await db.session.deleteMany({ where: { id: sessionId(token) } });
}
