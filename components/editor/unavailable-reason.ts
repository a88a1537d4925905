/** Why the server answered a write with 503: an import holds the database ("busy"), or the
 * database cannot be written at all right now, being missing or read-only ("unavailable"). */
export async function unavailableReason(response: Response): Promise<"busy" | "unavailable"> {
  const body = (await response.json().catch(() => ({}))) as { error?: unknown };
  return body.error === "busy" ? "busy" : "unavailable";
}
