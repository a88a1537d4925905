import { retranslit } from "@/lib/import/translit-edit";

const file = `{
  "slug": "warduj",
  "names": {
    "en": { "preferred": "Warduj", "translit": null },
    "ru": {
      "preferred": "Вардудж",
      "translit": "Vardudj",
      "variants": []
    },
    "tg": {
      "preferred": "Вардуҷ",
      "translit": "Varduj",
      "variants": ["Вардуч"]
    }
  },
  "definitions": { "ru": { "text": "translit: keep me", "sources": ["A1"] } }
}
`;

test("replaces only the translit values that differ from the romanization, byte for byte elsewhere", () => {
  const { changes, text } = retranslit(file);
  expect(changes).toEqual([{ locale: "ru", preferred: "Вардудж", from: "Vardudj", to: "Vardudzh" }]);
  expect(text).toBe(file.replace('"translit": "Vardudj"', '"translit": "Vardudzh"'));
});

test("a file already right is left as it is; a null translit is filled", () => {
  const right = retranslit(file).text;
  expect(retranslit(right)).toEqual({ changes: [], text: right });
  const filled = retranslit(file.replace('"translit": "Varduj"', '"translit": null'));
  expect(filled.changes.map((c) => [c.locale, c.from, c.to])).toEqual([["ru", "Vardudj", "Vardudzh"], ["tg", null, "Varduj"]]);
  expect(filled.text).toContain('"translit": "Varduj"');
});
