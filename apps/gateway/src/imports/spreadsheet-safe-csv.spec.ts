import { spreadsheetSafeLine } from './spreadsheet-safe-csv';

describe('spreadsheetSafeLine', () => {
  it('neutralises every cell a spreadsheet would read as a formula', () => {
    expect(spreadsheetSafeLine(['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx', 'plain'])).toBe(
      `'=1+1,'+SUM(A1),'-2,'@cmd,'\tx,"'\rx",plain\r\n`,
    );
  });

  it('quotes commas, quotes, line breaks and surrounding spaces', () => {
    expect(spreadsheetSafeLine(['a,b', 'say "hi"', 'two\nlines', ' padded', ''])).toBe(
      `"a,b","say ""hi""","two\nlines"," padded",\r\n`,
    );
  });
});
