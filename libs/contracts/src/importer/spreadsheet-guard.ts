/**
 * The failed-rows download (the gateway) and an upload of it again (the importer) agree on this: a cell starting
 * with one of these is read by spreadsheets as a formula (or a hidden one after a control), so the download puts
 * `SPREADSHEET_GUARD` before it, and the importer takes it off again.
 */
export const SPREADSHEET_FORMULA_START = /^[=+\-@\t\r]/;

/** Shown as text by spreadsheets, the value otherwise as uploaded. */
export const SPREADSHEET_GUARD = "'";
