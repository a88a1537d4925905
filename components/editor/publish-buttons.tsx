"use client";

import { useTranslations } from "next-intl";

/**
 * The buttons of an article or translation form: a draft is saved or published, a published text
 * is saved live or unpublished. Each posts its intent with the form.
 */
export function PublishButtons({ draft, saving, publishLabel }: { draft: boolean; saving: boolean; publishLabel: "publish" | "publishTranslation" }) {
  const t = useTranslations("Editor");
  const [save, other] = draft ? (["saveDraft", ["publish", publishLabel]] as const) : (["saveLive", ["unpublish", "unpublish"]] as const);
  return (
    <div className="editor-form__actions">
      <button type="submit" name="intent" value="save" disabled={saving}>
        {t(save)}
      </button>
      <button type="submit" name="intent" value={other[0]} disabled={saving}>
        {t(other[1])}
      </button>
    </div>
  );
}
