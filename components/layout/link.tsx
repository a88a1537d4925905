import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { getPathname } from "@/i18n/paths";
import type { Locale } from "@/lib/locales";

type Props = Omit<ComponentProps<"a">, "href"> & { href: string; locale?: Locale };

/**
 * An in-app link for server components: a plain <a> to the localized path (i18n/paths.ts).
 * The pages are static, so a full load is as quick as a client-side one, and no client runtime is
 * shipped for it.
 */
export async function Link({ href, locale, ...rest }: Props) {
  const target = getPathname({ locale: locale ?? ((await getLocale()) as Locale), href });
  return <a href={target} {...rest} />;
}
