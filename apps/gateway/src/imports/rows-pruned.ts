/** What a route that serves an import's rows answers once they are pruned. */
export const ROWS_PRUNED =
  "The import's run finished longer ago than its rows, findings and results are kept (import-rows-pruned).";
