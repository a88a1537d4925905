"use server";

import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { editorAction } from "@/lib/editor/action";
import { formValues, toFormState, type FormState } from "@/lib/editor/form-state";
import { revertTerm } from "@/lib/editor/revisions";
import { termEditFromForm } from "@/lib/editor/term-edit";
import { addNameToTerm, saveTerm } from "@/lib/editor/terms";
import { defaultLocale, locales } from "@/lib/locales";
import { slugSchema } from "@/lib/slug";

/** The term editor's writes. Each checks the origin and the session itself (lib/editor/action.ts). */

const uiLocale = (form: FormData) => z.enum(locales).catch(defaultLocale).parse(form.get("uiLocale"));

export async function saveTermAction(_previous: FormState, form: FormData): Promise<FormState> {
  const original = slugSchema.safeParse(form.get("originalSlug"));
  const outcome = await editorAction((editor) => saveTerm(editor, original.success ? original.data : null, termEditFromForm(form)));
  if (outcome.ok && !original.success) redirect({ href: `/editor/terms/${outcome.value.slug}?saved=1`, locale: uiLocale(form) });
  return toFormState(outcome, "saved", formValues(form));
}

const idSchema = z.coerce.number().int().min(1);

export async function revertTermAction(_previous: FormState, form: FormData): Promise<FormState> {
  const id = idSchema.safeParse(form.get("id"));
  const outcome = await editorAction((editor) => revertTerm(editor, id.success ? id.data : 0));
  return { ...toFormState(outcome, "reverted"), detail: String(form.get("id") ?? "") };
}

/** Adds a name found in an article to an existing term, as a spelling or an inflected form. */
export async function addNameAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = { slug: String(form.get("slug") ?? ""), locale: String(form.get("locale") ?? "") as "en", name: String(form.get("name") ?? ""), as: String(form.get("as") ?? "") as "form" | "variant" };
  const outcome = await editorAction((editor) => addNameToTerm(editor, input));
  return { ...toFormState(outcome, input.as === "variant" ? "variantAdded" : "formAdded"), detail: input.name };
}
