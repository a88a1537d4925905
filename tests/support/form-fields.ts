import { parseHTML } from "linkedom";

/**
 * The fields a form would post, read from a page's HTML as a browser without JavaScript sees it
 * (React writes a server action's id into hidden inputs), so a test can post it from elsewhere.
 */
export async function formFields(html: string, selector: string): Promise<Record<string, string>> {
  const { document } = parseHTML(html);
  const form = document.querySelector(selector);
  if (!form) throw new Error(`no form ${selector}`);
  const fields: Record<string, string> = {};
  for (const el of form.querySelectorAll("input[name], textarea[name], select[name]")) {
    const name = el.getAttribute("name")!;
    const type = el.getAttribute("type");
    if (type === "file" || type === "submit" || ((type === "checkbox" || type === "radio") && !el.hasAttribute("checked"))) continue;
    fields[name] =
      el.tagName === "TEXTAREA"
        ? (el.textContent ?? "")
        : el.tagName === "SELECT"
          ? ((el.querySelector("option[selected]") ?? el.querySelector("option"))?.getAttribute("value") ?? "")
          : (el.getAttribute("value") ?? "");
  }
  return fields;
}
