import { useTranslations } from "next-intl";
import { Link } from "@/components/layout/link";

export default function LocaleNotFound() {
  const t = useTranslations("NotFound");
  return (
    <div className="page not-found">
      <h1>{t("title")}</h1>
      <p>{t("description")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
