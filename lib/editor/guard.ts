import "server-only";
import { redirect } from "@/i18n/navigation";
import type { EditorAccount } from "../db/editors";
import type { Locale } from "../locales";
import { currentEditor } from "./sessions";

/** The signed-in editor; a reader without a session is sent to the sign-in page. */
export async function editorOrSignIn(locale: Locale): Promise<EditorAccount> {
  const editor = await currentEditor();
  if (!editor) return redirect({ href: "/editor/sign-in", locale });
  return editor;
}
