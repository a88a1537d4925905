import "server-only";
import { cookies, headers } from "next/headers";
import { clientAddress, trustedProxyHops } from "../auth/client-address";
import { db } from "../db/client";
import { deviceAccount, editorForToken, endSession, signIn, type EditorAccount } from "../db/editors";
import { ActionRefused } from "./errors";

/**
 * Editors' sessions: sign-in with its throttle, sign-out, and who is asking.
 *
 * Sign-in cannot be turned against editors. Attempts are counted in buckets, and a bucket that has
 * had FREE_ATTEMPTS attempts makes the next one wait (2 s, doubling to a minute; lib/db/editors.ts),
 * never a lock:
 * - a browser the account has signed in with before (its device cookie) has a bucket of its own,
 *   so failures from anywhere else never slow its editor down;
 * - otherwise the bucket is the account name with the client's address when the address can be
 *   trusted (TRUST_PROXY_HOPS, lib/auth/client-address.ts), else the account name alone.
 * Names that do not exist are counted the same way and cost the same work.
 */
export const SESSION_COOKIE = "tarjuma_session";
export const DEVICE_COOKIE = "tarjuma_device";

const loopback = (host: string | null) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host ?? "");

async function cookieOptions(expires: Date) {
  const host = (await headers()).get("host");
  return { httpOnly: true, sameSite: "lax" as const, secure: process.env.NODE_ENV === "production" && !loopback(host), path: "/", expires };
}

/** The bucket a sign-in attempt counts in. */
export async function attemptBucket(name: string): Promise<{ bucket: string; deviceEditor: number | null }> {
  const device = await deviceAccount(db(), (await cookies()).get(DEVICE_COOKIE)?.value);
  if (device && device.name === name) return { bucket: `device:${device.deviceId}`, deviceEditor: device.editorId };
  const account = name.normalize("NFKC").toLowerCase();
  const address = clientAddress((await headers()).get("x-forwarded-for"), trustedProxyHops());
  return { bucket: address ? `name:${account}|addr:${address}` : `name:${account}`, deviceEditor: null };
}

export type SignInOutcome = { ok: true; editor: EditorAccount } | { ok: false; reason: "invalid" } | { ok: false; reason: "wait"; waitSeconds: number };

/** Signs in and sets the session cookie (and the device cookie on a browser new to this account). */
export async function signInEditor(name: string, password: string): Promise<SignInOutcome> {
  const { bucket, deviceEditor } = await attemptBucket(name);
  const result = await signIn(db(), name, password, bucket, deviceEditor);
  if (!result.ok) return result;
  const jar = await cookies();
  jar.set(SESSION_COOKIE, result.token, await cookieOptions(result.expiresAt));
  if (result.device) jar.set(DEVICE_COOKIE, result.device.token, await cookieOptions(result.device.expiresAt));
  return { ok: true, editor: result.editor };
}

/** Ends the session; the cookie is cleared even when the database cannot be written. */
export async function signOutEditor(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  jar.set(SESSION_COOKIE, "", await cookieOptions(new Date(0)));
  await endSession(db(), token);
}

/** The signed-in editor for a server-rendered page, or null. */
export async function currentEditor(): Promise<EditorAccount | null> {
  return editorForToken(db(), (await cookies()).get(SESSION_COOKIE)?.value);
}

/** Whether the request comes from this site's own pages: its Origin names this host. */
export async function sameOrigin(): Promise<boolean> {
  const h = await headers();
  const origin = h.get("origin");
  const host = h.get("x-forwarded-host") ?? h.get("host");
  const site = h.get("sec-fetch-site");
  try {
    return origin !== null && new URL(origin).host === host && (site === null || site === "same-origin");
  } catch {
    return false;
  }
}

/** The editor making a write, checked by the write itself: this site's origin, then a session. */
export async function requireEditor(): Promise<EditorAccount> {
  if (!(await sameOrigin())) throw new ActionRefused("forbidden");
  const editor = await currentEditor();
  if (!editor) throw new ActionRefused("expired");
  return editor;
}
