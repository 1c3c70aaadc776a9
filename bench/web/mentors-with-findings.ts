import { ImportsClient, MENTORS_HEADER, type TestSystem } from '@careers/testing';

/** A mentors file of 200 rows with findings of three kinds in a tenth of them, uploaded and analysed; its id. */
export async function mentorsImportWithFindings(
  system: TestSystem,
  institutionId: string,
  token: string,
): Promise<string> {
  const lines = Array.from({ length: 200 }, (_, i) => {
    const wrong = i % 10 === 0;
    const email = wrong && i % 30 === 0 ? 'not-an-email' : `mentor${i}@bench-mentors.test`;
    const mentees = wrong && i % 30 === 10 ? '2.5' : String(i % 4);
    const preference = wrong && i % 30 === 20 ? 'maybe' : 'allowed';
    return `Mentor${i},Bench,${email},mentor${i},Mentors,${mentees},${preference}`;
  });
  const analysed = await new ImportsClient(system, institutionId, token).upload(MENTORS_HEADER, lines, {
    fileType: 'Mentors',
    mode: 'manual',
  });
  return analysed.id;
}
