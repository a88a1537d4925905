import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import { EditError, revertRevision } from "@/lib/db/revisions";
import { respondToWrite } from "@/lib/editor/respond";
import { requireEditor } from "@/lib/editor/session";

/** POST /api/editor/revisions/{id}/revert: put the term back as it was before that revision. */
export async function POST(request: NextRequest, { params }: RouteContext<"/api/editor/revisions/[id]/revert">) {
  const editor = await requireEditor(request);
  if (editor instanceof NextResponse) return editor;
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) return NextResponse.json({ error: "no such revision" }, { status: 404 });
  return respondToWrite(async () => {
    const result = await revertRevision(db(), editor, id);
    if (!result) throw new EditError([{ path: "revision", code: "notFound" }]);
    return result;
  });
}
