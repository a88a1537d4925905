import { notFound } from "next/navigation";
import { localeParams } from "@/lib/params";

/**
 * The locale of a page's route, or its localized 404: the locale layout does not close its params
 * (articles and terms published after the build render on their first visit), so a path under an
 * unknown first segment reaches the pages, which answer it with a 404 rather than fail.
 */
export async function routeLocale(params: Promise<{ locale: string }>) {
  const parsed = localeParams.safeParse(await params);
  if (!parsed.success) notFound();
  return parsed.data.locale;
}
