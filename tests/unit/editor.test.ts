import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { missingLocales, toEdit, type TermEdit } from "@/lib/editor/term-edit";
import { seededDatabase } from "./support/seeded-db";

const { tmp, db } = await seededDatabase();
const { createEditor, editorForToken, endSession, signIn, reserveAttempt, delayAfter, deviceAccount, FREE_ATTEMPTS, MAX_DELAY_SECONDS, RESET_MINUTES } = await import("@/lib/db/editors");
const { saveTermEdit, revertRevision, listRevisions, getRevision } = await import("@/lib/db/revisions");
const { validateTermEdit } = await import("@/lib/editor/terms");
const { EditError } = await import("@/lib/editor/errors");
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
  expect((await signIn(db(), "alice", "correct horse battery", "name:alice|addr:10.0.3.1")).ok).toBe(true);
});

test("passwords are hashed with scrypt and verified", async () => {
  const hash = await hashPassword("correct horse battery");
  expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
  expect(hash).not.toContain("correct");
  expect(await verifyPassword("correct horse battery", hash)).toBe(true);
  expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
});

test("sign-in makes a session and trusts the browser; a wrong password does not", async () => {
  const ok = await signIn(db(), "alice", "correct horse battery", "name:alice");
  expect(ok.ok).toBe(true);
  if (!ok.ok) return;
  expect(await editorForToken(db(), ok.token)).toEqual({ id: editor.id, name: "alice" });
  expect(await editorForToken(db(), "forged")).toBeNull();
  // the browser is now trusted for alice: its own bucket from then on
  expect(await deviceAccount(db(), ok.device!.token)).toMatchObject({ editorId: editor.id, name: "alice" });
  expect(await deviceAccount(db(), "forged")).toBeNull();
  await endSession(db(), ok.token);
  expect(await editorForToken(db(), ok.token)).toBeNull();
  expect(await signIn(db(), "alice", "wrong password", "name:alice")).toEqual({ ok: false, reason: "invalid" });
  expect(await signIn(db(), "nobody-at-all", "wrong password", "name:nobody-at-all")).toEqual({ ok: false, reason: "invalid" });
});

test("attempts in a bucket wait longer and longer after the free ones, never a lock; other buckets are not affected", async () => {
  const t0 = Date.parse("2030-01-01T00:00:00Z");
  const key = "name:victim";
  for (let i = 0; i < FREE_ATTEMPTS; i++) expect(await reserveAttempt(db(), key, t0)).toEqual({ ok: true });
  // the next attempt must wait for the delay after the third
  expect(await reserveAttempt(db(), key, t0 + 500)).toEqual({ ok: false, waitSeconds: delayAfter(FREE_ATTEMPTS) });
  expect(await reserveAttempt(db(), key, t0 + delayAfter(FREE_ATTEMPTS) * 1000)).toEqual({ ok: true });
  // the waits grow, up to a ceiling, and pass
  const waits = Array.from({ length: 10 }, (_, i) => delayAfter(FREE_ATTEMPTS + i));
  expect(waits).toEqual([...waits].sort((a, b) => a - b));
  expect(Math.max(...waits)).toBe(MAX_DELAY_SECONDS);
  // a different bucket (the editor's own browser, or the name from a trusted address) goes through at once
  expect(await reserveAttempt(db(), "device:abc", t0 + 600)).toEqual({ ok: true });
  expect(await reserveAttempt(db(), "name:victim|addr:10.1.1.1", t0 + 600)).toEqual({ ok: true });
  // after a quiet while the bucket starts afresh
  const later = t0 + (RESET_MINUTES + 1) * 60_000;
  for (let i = 0; i < FREE_ATTEMPTS; i++) expect(await reserveAttempt(db(), key, later + i)).toEqual({ ok: true });
});

test("parallel attempts cannot all pass the same check", async () => {
  const t0 = Date.parse("2030-02-01T00:00:00Z");
  const results = await Promise.all(Array.from({ length: 12 }, () => reserveAttempt(db(), "name:parallel", t0)));
  expect(results.filter((r) => r.ok)).toHaveLength(FREE_ATTEMPTS);
});

test("a client's failures never refuse another client's correct password", async () => {
  await createEditor(db(), "bob", "another long password");
  const own = await signIn(db(), "bob", "another long password", "name:bob");
  expect(own.ok).toBe(true);
  const device = own.ok ? (await deviceAccount(db(), own.device!.token))! : null;
  // someone else hammers bob's name (from an untrusted address: the name's bucket)
  const results = [];
  for (let i = 0; i < FREE_ATTEMPTS + 3; i++) results.push(await signIn(db(), "bob", `guess ${i}`, "name:bob"));
  expect(results.at(-1)).toMatchObject({ ok: false, reason: "wait" });
  // bob's browser has its own bucket: the right password goes through at once
  expect(await signIn(db(), "bob", "another long password", `device:${device!.deviceId}`, device!.editorId)).toMatchObject({ ok: true, device: null });
});

const editOf = async (slug: string, change: (e: TermEdit) => void) => {
  const edit = (await validateTermEdit(toEdit((await exportGlossary(db(), [slug])).terms[0]!))) as TermEdit;
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
  expect((await exportGlossary(db(), ["jurm"])).terms[0]!.names.tg!.exact).toEqual([{ text: "Ҷурм" }]);

  await revertRevision(db(), editor, saved.revision);
  expect((await getTermCard("jurm", "en"))!.definition!.text).toBe(before);
  expect((await listRevisions(db(), "jurm")).map((r) => r.action)).toEqual(["revert", "update"]);
});

test("every problem of an edit is reported at once, with its field, and nothing is written", async () => {
  const edit = toEdit((await exportGlossary(db(), ["maymay"])).terms[0]!);
  edit.names.fa.variants = [""];
  edit.definitions.en.sources = ["NOPE"];
  edit.asOf = "yesterday";
  const error = await validateTermEdit(edit).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(EditError);
  expect((error as InstanceType<typeof EditError>).issues).toEqual(
    expect.arrayContaining([
      { path: "names.fa.variants.0", code: "required" },
      { path: "asOf", code: "date" },
      { path: "definitions.en.sources", code: "unknownSource" },
    ]),
  );
  await expect(saveTermEdit(db(), editor, null, await editOf("maymay", () => {}))).rejects.toThrow(/slugTaken/);
});

test("a term may lack names in some locales (the editor says which), but needs one name somewhere", async () => {
  const saved = await saveTermEdit(db(), editor, "hijab", await editOf("hijab", (e) => void (e.names.tg = { preferred: "", translit: null, variants: [], aliases: [] })));
  const term = (await exportGlossary(db(), ["hijab"])).terms[0]!;
  // the Tajik inflected forms used to find it in text are kept
  expect(term.names.tg).toMatchObject({ variants: [], forms: [{ text: "ҳиҷобро" }, { text: "ҳиҷоби" }] });
  expect(term.names.tg!.preferred).toBeUndefined();
  expect(missingLocales(term)).toEqual(["tg"]);
  await revertRevision(db(), editor, saved.revision);
  expect(missingLocales((await exportGlossary(db(), ["hijab"])).terms[0]!)).toEqual([]);
  const empty = { preferred: "", translit: null, variants: [], aliases: [] };
  const none = await saveTermEdit(db(), editor, "hijab", await editOf("hijab", (e) => void (e.names = { en: empty, ru: empty, tg: empty, fa: empty }))).catch((e: unknown) => e);
  expect((none as InstanceType<typeof EditError>).issues).toEqual([{ path: "names.en.preferred", code: "required" }]);
});

test("an edit in the form keeps what the form does not show: names in other languages, TBX details, notes", async () => {
  const { writeTerms } = await import("@/lib/db/write");
  const { termFileSchema } = await import("@/lib/import/glossary-schema");
  const [uzbeks] = (await exportGlossary(db(), ["uzbeks"])).terms;
  const richer = termFileSchema.parse({
    ...uzbeks,
    notes: ["A concept note."],
    names: { ...uzbeks!.names, en: { ...uzbeks!.names.en!, variants: [{ text: "Ozbeks", status: "deprecated", notes: ["old spelling"] }] }, uz: { preferred: "oʻzbeklar" } },
  });
  await writeTerms(db(), [richer]);
  await saveTermEdit(db(), editor, "uzbeks", await editOf("uzbeks", (e) => void (e.definitions.en.text = "Edited.")));
  const after = (await exportGlossary(db(), ["uzbeks"])).terms[0]!;
  expect(after.names.uz).toEqual(richer.names.uz);
  expect(after.names.en!.variants).toEqual([{ text: "Ozbeks", status: "deprecated", notes: ["old spelling"] }]);
  expect(after.notes).toEqual(["A concept note."]);
  expect(after.definitions.en!.text).toBe("Edited.");
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
  expect([names.ru!.translit, names.tg!.translit, names.fa!.translit]).toEqual(["Fayzabad", "Fayzobod", null]);
});

test("a Russian or Tajik translit typed in the form is replaced by the generated one", async () => {
  const saved = await saveTermEdit(db(), editor, "warduj", await editOf("warduj", (e) => {
    e.names.ru.translit = "Wardudsch";
    e.names.tg.translit = "";
    e.names.fa.translit = "Vardūj";
  }));
  const { names } = (await exportGlossary(db(), ["warduj"])).terms[0]!;
  expect([names.ru!.translit, names.tg!.translit, names.fa!.translit]).toEqual(["Vardudzh", "Varduj", "Vardūj"]);
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
