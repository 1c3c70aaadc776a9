import { chmodSync, createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';

/** The columns of the file, in order; the COPY baseline's table has the same ones. */
export const STUDENT_COLUMNS = [
  'first_name',
  'last_name',
  'email_address',
  'username',
  'user_type',
  'school_year',
  'graduation_date',
  'college_name',
] as const;

const FIRST_NAMES = ['Avery', 'Jordan', 'Maria', 'Wei', 'Fatima', 'Liam', 'Priya', 'Noah', 'Chloe', 'Mateo'];
const LAST_NAMES = ['Smith', 'Garcia', 'Nguyen', 'Johnson', 'Okafor', 'Kowalski', 'Patel', 'Brown', 'Rossi'];
const SCHOOL_YEARS = ['Freshman', 'Sophomore', 'Junior', 'Senior'];
const COLLEGES = [
  'College of Engineering and Applied Science',
  'School of Business',
  'College of Arts and Sciences',
  'School of Nursing and Health Studies',
  'College of Education',
];

export interface StudentsFile {
  path: string;
  rows: number;
  bytes: number;
}

/**
 * A Students file of `rows` new people, as a school's system exports it: unique emails (`student{i}@bench.test`) and
 * usernames (`S{i}`), every row valid, so each one creates an account and a membership. About 110 bytes a row.
 * Written readable by everyone: the PostgreSQL server reads the same file for the COPY baseline.
 */
export async function writeStudentsFile(path: string, rows: number): Promise<StudentsFile> {
  const out = createWriteStream(path, { mode: 0o644 });
  const write = async (line: string): Promise<void> => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(`${STUDENT_COLUMNS.join(',')}\n`);
  for (let i = 1; i <= rows; i++) {
    const year = SCHOOL_YEARS[i % SCHOOL_YEARS.length];
    const graduation = `${2026 + (i % SCHOOL_YEARS.length)}-05-${String(10 + (i % 20)).padStart(2, '0')}`;
    await write(
      [
        `${FIRST_NAMES[i % FIRST_NAMES.length]}${i}`,
        `${LAST_NAMES[i % LAST_NAMES.length]}${i}`,
        `student${i}@bench.test`,
        `S${i}`,
        'Students',
        year,
        graduation,
        COLLEGES[i % COLLEGES.length],
      ].join(',') + '\n',
    );
  }
  await new Promise<void>((resolve) => out.end(resolve));
  chmodSync(path, 0o644);
  return { path, rows, bytes: statSync(path).size };
}
