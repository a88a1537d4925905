import "server-only";
import { hashPassword, newSessionToken, sessionId, verifyPassword } from "../auth/password";
import type { Db } from "./client";

export const SESSION_HOURS = 12;
/** Failed sign-ins allowed per account name and per address within the window. */
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MINUTES = 15;

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

export type SignInResult =
  | { ok: true; token: string; editor: EditorAccount; expiresAt: Date }
  | { ok: false; reason: "invalid" | "limited"; retryMinutes?: number };

/**
 * Checks a name and password. After MAX_FAILURES failures for the same name or the same address
 * within the window, every attempt is refused (without checking the password) until it passes.
 */
export async function signIn(db: Db, name: string, password: string, address: string): Promise<SignInResult> {
  const since = new Date(Date.now() - FAILURE_WINDOW_MINUTES * 60_000);
  const keys = [`name:${name.toLowerCase()}`, `addr:${address}`];
  for (const key of keys) {
    const failures = await db.signInFailure.findMany({ where: { key, at: { gte: since } }, select: { at: true }, orderBy: { at: "asc" } });
    if (failures.length >= MAX_FAILURES) {
      const retry = Math.ceil((failures[0]!.at.getTime() + FAILURE_WINDOW_MINUTES * 60_000 - Date.now()) / 60_000);
      return { ok: false, reason: "limited", retryMinutes: Math.max(retry, 1) };
    }
  }
  const editor = await db.editor.findUnique({ where: { name }, select: { id: true, name: true, passwordHash: true } });
  // the same work whether or not the account exists, so timing does not reveal names
  const valid = await verifyPassword(password, editor?.passwordHash ?? "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
  if (!editor || !valid) {
    await db.signInFailure.createMany({ data: keys.map((key) => ({ key })) });
    return { ok: false, reason: "invalid" };
  }
  const { token, id } = newSessionToken();
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000);
  await db.session.create({ data: { id, editorId: editor.id, expiresAt } });
  await db.signInFailure.deleteMany({ where: { key: keys[0] } });
  return { ok: true, token, editor: { id: editor.id, name: editor.name }, expiresAt };
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
