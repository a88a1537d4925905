import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

/**
 * Only `/` needs the proxy: it sends the reader to the best locale (cookie, then Accept-Language,
 * then the default). Every other page is static and served without running it.
 */
export default createMiddleware(routing);

export const config = { matcher: ["/"] };
