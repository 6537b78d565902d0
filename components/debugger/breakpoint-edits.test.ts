import { describe, expect, it } from "vitest";
import { describeBreakpoint, editBreakpoint, moveBreakpoints, removeBreakpoint, shownBreakpoints, toggleBreakpoint } from "./breakpoint-edits";

describe("breakpoint edits", () => {
  it("toggles one breakpoint per line, kept in line order", () => {
    const set = toggleBreakpoint(toggleBreakpoint([], 9), 3);
    expect(set).toEqual([{ line: 3 }, { line: 9 }]);
    expect(toggleBreakpoint([{ line: 3, condition: "$i -gt 2" }, { line: 9 }], 3)).toEqual([{ line: 9 }]);
    expect(removeBreakpoint(set, 9)).toEqual([{ line: 3 }]);
  });

  it("edits a condition and hit count; blank text clears the condition", () => {
    const edited = editBreakpoint([{ line: 3 }, { line: 9 }], 3, { condition: "  $i -gt 2 ", hitCount: 2 });
    expect(edited).toEqual([{ line: 3, condition: "$i -gt 2", hitCount: 2 }, { line: 9 }]);
    expect(editBreakpoint(edited, 3, { condition: "   " })).toEqual([{ line: 3 }, { line: 9 }]);
  });

  it("shows a breakpoint as unverified only when the host's report is about it as it is now", () => {
    const report = [
      { line: 3, condition: "$x -eq", verified: false, message: "The condition does not parse." },
      { line: 40, verified: false, message: "Line 40 is past the end of the script." },
    ];
    expect(shownBreakpoints([{ line: 3, condition: "$x -eq" }, { line: 40 }, { line: 5 }], report)).toEqual([
      { line: 3, condition: "$x -eq", verified: false, message: "The condition does not parse." },
      { line: 40, verified: false, message: "Line 40 is past the end of the script." },
      { line: 5, verified: true },
    ]);
    // The person fixed the condition since: the old report no longer applies.
    expect(shownBreakpoints([{ line: 3, condition: "$x -eq 1" }], report)).toEqual([{ line: 3, condition: "$x -eq 1", verified: true }]);
    expect(shownBreakpoints([{ line: 3 }], null)).toEqual([{ line: 3, verified: true }]);
  });

  it("describes a breakpoint in one line", () => {
    expect(describeBreakpoint({ line: 4, condition: "$i -gt 2", hitCount: 3 })).toBe("Line 4, when $i -gt 2, on hit 3");
    expect(describeBreakpoint({ line: 4 })).toBe("Line 4");
  });
});

describe("moveBreakpoints", () => {
  it("follows the lines an edit moved, keeping conditions, and reports no move as null", () => {
    expect(moveBreakpoints([{ line: 3, condition: "$x" }, { line: 9 }], [5, 11])).toEqual([{ line: 5, condition: "$x" }, { line: 11 }]);
    expect(moveBreakpoints([{ line: 3 }, { line: 9 }], [3, 9])).toBeNull();
  });

  it("keeps one breakpoint where deleted lines brought two together", () => {
    expect(moveBreakpoints([{ line: 3, hitCount: 2 }, { line: 4 }], [3, 3])).toEqual([{ line: 3, hitCount: 2 }]);
  });
});
