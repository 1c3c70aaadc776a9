import { withoutSpreadsheetGuard } from './spreadsheet-guard';

describe('withoutSpreadsheetGuard', () => {
  it('takes off the apostrophe the failed-rows download puts before a formula start', () => {
    expect(
      ["'=SUM(A1)", "'+44 20 7946 0958", "'-1", "'@S1", "'\tTab", "'\rReturn"].map(withoutSpreadsheetGuard),
    ).toEqual(['=SUM(A1)', '+44 20 7946 0958', '-1', '@S1', '\tTab', '\rReturn']);
  });

  it('keeps every other apostrophe', () => {
    expect(["O'Neill", "'Arts'", "''=1", " '=1", "'"].map(withoutSpreadsheetGuard)).toEqual([
      "O'Neill",
      "'Arts'",
      "''=1",
      " '=1",
      "'",
    ]);
  });
});
