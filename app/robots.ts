import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";

/** /robots.txt: everything public may be crawled; the editor, the API, searches and per-reader pages may not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/*/editor", "/*/search", "/*/glossary?q=", "/*/articles/*/save", "/serwist/"] }],
    sitemap: new URL("/sitemap.xml", siteUrl()).href,
  };
}
