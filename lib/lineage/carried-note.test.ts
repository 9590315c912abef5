import { describe, expect, it } from "vitest";
import { carriedNoteChanges, type CarriedNote } from "./carried-note";

const note = (fromRisk: string, status: CarriedNote["status"], similarity: number): CarriedNote => ({
  id: `${fromRisk}-${status}-${similarity}`,
  label: "Note",
  note: "",
  authorName: "A",
  workspaceName: null,
  exact: "quote",
  replies: 0,
  fromRisk,
  status,
  similarity,
  toRisk: status === "removed" ? null : { title: fromRisk, blockId: "b" },
  anchor: null,
});

describe("carriedNoteChanges", () => {
  it("says per risk factor what changed for the notes on it, and nothing for unchanged or moved ones", () => {
    expect(
      carriedNoteChanges([
        note("Supply constraints", "changed", 0.69),
        note("Supply constraints", "changed", 0.69),
        note("Currency", "removed", 0),
        note("People", "unchanged", 1),
        note("Climate", "moved", 1),
        note("Cyber and climate", "split", 0.8),
      ]),
    ).toEqual([
      "Risk “Supply constraints” changed 31% — 2 notes",
      "Risk “Currency” is gone — 1 note",
      "Risk “Cyber and climate” was split — 1 note",
    ]);
  });
});
