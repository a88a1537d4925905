import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import { saveTermEdit, validateEdit } from "@/lib/db/revisions";
import { respondToWrite } from "@/lib/editor/respond";
import { requireEditor } from "@/lib/editor/session";

/** POST /api/editor/terms: create a term (JSON body: the editor's form). */
export async function POST(request: NextRequest) {
  const editor = await requireEditor(request);
  if (editor instanceof NextResponse) return editor;
  return respondToWrite(async () => saveTermEdit(db(), editor, null, await validateEdit(db(), await request.json().catch(() => null))), 201);
}
