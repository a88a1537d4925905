import { z } from "zod";
import { locales } from "./locales";
import { slugSchema } from "./slug";

export { slugSchema };

/** Route params, validated at the boundary: anything else is a 404, never a 500. */
export const localeParams = z.object({ locale: z.enum(locales) });
export const articleParams = localeParams.extend({ slug: slugSchema });
export const termParams = localeParams.extend({ slug: slugSchema });

/** Search input: trimmed text of at most 200 characters; lone surrogates are replaced, not fatal. */
export const searchTextSchema = z
  .string({ error: "q: give the text to search for" })
  .transform((s) => s.toWellFormed().trim())
  .pipe(z.string().max(200, "q: at most 200 characters"));

export const searchApiSchema = z.object({
  q: searchTextSchema.pipe(z.string().min(1, "q: give the text to search for")),
  locale: z.enum(locales, { error: `locale: one of ${locales.join(", ")}` }).default("en"),
  limit: z.coerce
    .number({ error: "limit: a whole number from 1 to 50" })
    .int("limit: a whole number from 1 to 50")
    .min(1, "limit: a whole number from 1 to 50")
    .max(50, "limit: a whole number from 1 to 50")
    .default(10),
});
export const parallelParams = articleParams.extend({ other: z.enum(locales) });
