import type { DatabaseProblem } from "./db/availability";
import { directionOf, type Locale } from "./locales";
import en from "../messages/en.json" with { type: "json" };
import fa from "../messages/fa.json" with { type: "json" };
import ru from "../messages/ru.json" with { type: "json" };
import tg from "../messages/tg.json" with { type: "json" };

const texts: Record<Locale, typeof en.Unavailable> = { en: en.Unavailable, ru: ru.Unavailable, tg: tg.Unavailable, fa: fa.Unavailable };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The localized 503 page the proxy answers with when a page needs a database that is missing or
 * read-only. A plain page of its own, not a Next.js page: a rendered page would be sent with 200.
 */
export function outagePage(locale: Locale, problem: DatabaseProblem): string {
  const t = texts[locale];
  return `<!doctype html>
<html lang="${locale}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(t.title)}</title>
<style>body{font:1.0625rem/1.6 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}a{color:#0b57a4}</style>
</head>
<body>
<main role="alert">
<h1>${escape(t.title)}</h1>
<p>${escape(problem === "missing" ? t.missing : t.readOnly)}</p>
<p><a href="/${locale}">${escape(t.home)}</a></p>
</main>
</body>
</html>
`;
}
