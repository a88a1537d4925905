import type { Metadata } from "next";
import { routeLocale } from "@/i18n/route-locale";
import { setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { TermEditPage } from "@/components/editor/term-page";
import { editorOrSignIn } from "@/lib/editor/guard";
import { toEdit } from "@/lib/editor/term-edit";
import { listSourceKeys } from "@/lib/editor/terms";
import { locales } from "@/lib/locales";
import { slugify } from "@/lib/slug";

export const metadata: Metadata = { robots: { index: false } };

/** ?name=…&in=fa starts the term with a name found in an article (Editor: names not in the glossary). */
const startSchema = z.object({ name: z.string().trim().min(1).max(200), in: z.enum(locales) });

export default async function NewTermPage({ params, searchParams }: PageProps<"/[locale]/editor/terms/new">) {
  const locale = await routeLocale(params);
  setRequestLocale(locale);
  const editor = await editorOrSignIn(locale);
  const start = startSchema.safeParse(await searchParams);
  const blank = toEdit(null);
  const initial = start.success
    ? {
        slug: slugify(start.data.name),
        names: { ...blank.names, [start.data.in]: { ...blank.names[start.data.in], preferred: start.data.name } },
      }
    : undefined;
  return <TermEditPage editor={editor} locale={locale} term={null} revisions={[]} sourceKeys={await listSourceKeys()} start={initial} />;
}
