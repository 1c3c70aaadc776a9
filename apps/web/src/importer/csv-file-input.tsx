import { FileInput, type FileInputProps } from '@mantine/core';

/** The CSV file to upload, as a required field that can be cleared. */
export function CsvFileInput(props: FileInputProps & { label: string }) {
  return (
    <FileInput
      placeholder="Choose a CSV file"
      accept=".csv,text/csv"
      required
      clearable
      clearButtonProps={{ 'aria-label': 'Clear the chosen file' }}
      {...props}
    />
  );
}
