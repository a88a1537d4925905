import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import { saveTermEdit, validateEdit } from "@/lib/db/revisions";
import { respondToWrite } from "@/lib/editor/respond";
import { requireEditor } from "@/lib/editor/session";

/** PUT /api/editor/terms/{slug}: save a change to a term (JSON body: the editor's form). */
export async function PUT(request: NextRequest, { params }: RouteContext<"/api/editor/terms/[slug]">) {
  const editor = await requireEditor(request);
  if (editor instanceof NextResponse) return editor;
  const { slug } = await params;
  return respondToWrite(async () => saveTermEdit(db(), editor, slug, await validateEdit(db(), await request.json().catch(() => null))));
}
