"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { unavailableReason } from "./unavailable-reason";

/** Puts the term back as it was before a revision. */
export function RevertButton({ id }: { id: number }) {
  const t = useTranslations("Editor");
  const router = useRouter();
  const [state, setState] = useState<"idle" | "done" | "busy" | "unavailable" | "failed">("idle");
  async function revert() {
    const response = await fetch(`/api/editor/revisions/${id}/revert`, { method: "POST" }).catch(() => null);
    if (response?.ok) {
      setState("done");
      router.refresh();
    } else setState(response?.status === 503 ? await unavailableReason(response) : "failed");
  }
  return (
    <>
      <button type="button" className="link-button" onClick={revert}>
        {t("revert")}
      </button>
      <span role="status" className="muted">
        {state === "done" && ` ${t("reverted", { id })}`}
        {state === "busy" && ` ${t("busy")}`}
        {state === "unavailable" && ` ${t("unavailable")}`}
        {state === "failed" && ` ${t("expired")}`}
      </span>
    </>
  );
}
