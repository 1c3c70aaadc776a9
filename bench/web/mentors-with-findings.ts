import { ImportsClient, type TestSystem } from '@careers/testing';

const HEADER = [
  'first_name',
  'last_name',
  'email_address',
  'username',
  'user_type',
  'mentor_information_attributes:maximum_mentees',
  'mentor_information_attributes:student_contact_preference',
].join(',');

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
  const analysed = await new ImportsClient(system, institutionId, token).upload(HEADER, lines, {
    fileType: 'Mentors',
    mode: 'manual',
  });
  return analysed.id;
}
