import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { toEdit, type TermEdit } from "@/lib/editor/term-edit";
import { seededDatabase } from "./support/seeded-db";

const { tmp, db } = await seededDatabase();
const { createEditor, editorForToken, endSession, signIn, MAX_FAILURES } = await import("@/lib/db/editors");
const { saveTermEdit, revertRevision, listRevisions, getRevision, validateEdit, EditError } = await import("@/lib/db/revisions");
const { exportGlossary } = await import("@/lib/db/glossary");
const { getTermCard } = await import("@/lib/db/terms");

let editor: { id: number; name: string };
beforeAll(async () => {
  editor = (await createEditor(db(), "alice", "correct horse battery"))!;
});

test("a taken name creates no second account, even when two runs race for it", async () => {
  const results = await Promise.all([createEditor(db(), "carol", "first long password"), createEditor(db(), "carol", "second long password")]);
  expect(results.filter((r) => r === null)).toHaveLength(1);
  expect(results.find((r) => r !== null)).toMatchObject({ name: "carol" });
  expect(await createEditor(db(), "alice", "some other password")).toBeNull();
  expect((await signIn(db(), "alice", "correct horse battery", "10.0.3.1")).ok).toBe(true);
});

test("passwords are hashed with scrypt and verified", async () => {
  const hash = await hashPassword("correct horse battery");
  expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
  expect(hash).not.toContain("correct");
  expect(await verifyPassword("correct horse battery", hash)).toBe(true);
  expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
});

test("sign-in makes a session; a wrong password does not; repeated failures lock the name", async () => {
  const ok = await signIn(db(), "alice", "correct horse battery", "10.0.0.1");
  expect(ok.ok).toBe(true);
  const token = ok.ok ? ok.token : "";
  expect(await editorForToken(db(), token)).toEqual({ id: editor.id, name: "alice" });
  expect(await editorForToken(db(), "forged")).toBeNull();
  await endSession(db(), token);
  expect(await editorForToken(db(), token)).toBeNull();

  await createEditor(db(), "bob", "another long password");
  for (let i = 0; i < MAX_FAILURES; i++) expect(await signIn(db(), "bob", "wrong", `10.0.1.${i}`)).toEqual({ ok: false, reason: "invalid" });
  // even the right password is refused now, for any address
  expect(await signIn(db(), "bob", "another long password", "10.0.2.1")).toMatchObject({ ok: false, reason: "limited" });
});

const editOf = async (slug: string, change: (e: TermEdit) => void) => {
  const edit = (await validateEdit(db(), toEdit((await exportGlossary(db(), [slug])).terms[0]!))) as TermEdit;
  change(edit);
  return edit;
};

test("a saved edit is a revision (who, when, before and after) that reaches the cards, and can be reverted", async () => {
  const before = (await getTermCard("jurm", "en"))!.definition!.text;
  const saved = await saveTermEdit(db(), editor, "jurm", await editOf("jurm", (e) => void (e.definitions.en.text = "A new definition.")));
  expect((await getTermCard("jurm", "en"))!.definition!.text).toBe("A new definition.");
  const revision = (await getRevision(db(), saved.revision))!;
  expect(revision).toMatchObject({ action: "update", editor: "alice", changed: ["definitions.en.text"] });
  expect(revision.before!.definitions.en!.text).toBe(before);
  // names kept for matching only (forms, exact) survive an edit made in the form
  expect((await exportGlossary(db(), ["jurm"])).terms[0]!.names.tg.exact).toEqual(["Ҷурм"]);

  await revertRevision(db(), editor, saved.revision);
  expect((await getTermCard("jurm", "en"))!.definition!.text).toBe(before);
  expect((await listRevisions(db(), "jurm")).map((r) => r.action)).toEqual(["revert", "update"]);
});

test("every problem of an edit is reported at once, with its field, and nothing is written", async () => {
  const edit = toEdit((await exportGlossary(db(), ["maymay"])).terms[0]!);
  edit.names.fa.preferred = "";
  edit.definitions.en.sources = ["NOPE"];
  edit.asOf = "yesterday";
  const error = await validateEdit(db(), edit).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(EditError);
  expect((error as InstanceType<typeof EditError>).issues).toEqual(
    expect.arrayContaining([
      { path: "names.fa.preferred", code: "required" },
      { path: "asOf", code: "date" },
      { path: "definitions.en.sources", code: "unknownSource" },
    ]),
  );
  await expect(saveTermEdit(db(), editor, null, await editOf("maymay", () => {}))).rejects.toThrow(/slugTaken/);
});

test("a new term is created with a revision, and linked in the articles", async () => {
  const edit = await editOf("maymay", (e) => {
    e.slug = "faizabad-from-the-editor";
    for (const l of ["en", "ru", "tg", "fa"] as const) {
      e.names[l] = { preferred: ({ en: "Faizabad", ru: "Файзабад", tg: "Файзобод", fa: "فیض‌آباد" } as const)[l], translit: null, variants: [], aliases: [] };
    }
  });
  const saved = await saveTermEdit(db(), editor, null, edit);
  expect(saved.slug).toBe("faizabad-from-the-editor");
  expect((await getRevision(db(), saved.revision))!.action).toBe("create");
  expect((await getTermCard("faizabad-from-the-editor", "ru"))!.name).toBe("Файзабад");
  // the Russian and Tajik translit are generated from the names (BGN/PCGN); the Persian one is typed
  const names = (await exportGlossary(db(), ["faizabad-from-the-editor"])).terms[0]!.names;
  expect([names.ru.translit, names.tg.translit, names.fa.translit]).toEqual(["Fayzabad", "Fayzobod", null]);
});

test("a Russian or Tajik translit typed in the form is replaced by the generated one", async () => {
  const saved = await saveTermEdit(db(), editor, "warduj", await editOf("warduj", (e) => {
    e.names.ru.translit = "Wardudsch";
    e.names.tg.translit = "";
    e.names.fa.translit = "Vardūj";
  }));
  const { names } = (await exportGlossary(db(), ["warduj"])).terms[0]!;
  expect([names.ru.translit, names.tg.translit, names.fa.translit]).toEqual(["Vardudzh", "Varduj", "Vardūj"]);
  await revertRevision(db(), editor, saved.revision);
});

test("a save that meets another writer (an import holding the write lock) says busy, writes nothing, and the next save works", async () => {
  const { openDatabase } = await import("@/lib/db/migrate");
  const { isBusy } = await import("@/lib/db/write-lock");
  const other = openDatabase(tmp.file);
  other.pragma("busy_timeout = 0");
  other.exec("BEGIN IMMEDIATE");
  const before = (await getTermCard("warduj", "en"))!.definition!.text;
  try {
    const error = await saveTermEdit(db(), editor, "warduj", await editOf("warduj", (e) => void (e.definitions.en.text = "Never saved."))).catch((e: unknown) => e);
    expect(isBusy(error)).toBe(true);
  } finally {
    other.exec("ROLLBACK");
    other.close();
  }
  expect((await getTermCard("warduj", "en"))!.definition!.text).toBe(before);
  await saveTermEdit(db(), editor, "warduj", await editOf("warduj", (e) => void (e.definitions.en.text = "Saved after the lock.")));
  expect((await getTermCard("warduj", "en"))!.definition!.text).toBe("Saved after the lock.");
}, 30_000);
