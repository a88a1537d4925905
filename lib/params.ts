import { z } from "zod";
import { locales } from "./locales";

/** Route params, validated at the boundary: anything else is a 404, never a 500. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120);
export const localeParams = z.object({ locale: z.enum(locales) });
export const articleParams = localeParams.extend({ slug: slugSchema });
export const termParams = localeParams.extend({ slug: slugSchema });
