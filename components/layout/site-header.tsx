import { getTranslations } from "next-intl/server";
import { Link } from "@/components/layout/link";
import { routing } from "@/i18n/routing";
import { endonyms, type Locale } from "@/lib/locales";
import { LocaleSwitcher } from "./locale-switcher";


export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Navigation" });
  const tl = await getTranslations({ locale, namespace: "LocaleSwitcher" });
  return (
    <header className="site-header">
      <Link href="/" className="brand" translate="no">
        {t("brand")}
      </Link>
      <nav aria-label={t("main")} className="site-nav">
        <Link href="/">{t("articles")}</Link>
        <Link href="/glossary">{t("glossary")}</Link>
      </nav>
      <LocaleSwitcher
        label={tl("label")}
        current={locale}
        options={routing.locales.map((l) => ({ locale: l, name: endonyms[l] }))}
      />
    </header>
  );
}
