import {
  addContact,
  addLabel,
  institutionWithStaff,
  uniqueEmail,
  type StaffedInstitution,
  waitFor,
} from '@careers/testing';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/accessibility';
import { signIn } from './support/sign-in';
import { useWebTest } from './support/web-test';

/** The message shown beside an input (Mantine links it through aria-describedby), or null when there is none. */
async function errorBeside(page: Page, name: string): Promise<string | null> {
  const input = page.getByRole('textbox', { name, exact: false }).first();
  if ((await input.getAttribute('aria-invalid')) !== 'true') return null;
  const ids = (await input.getAttribute('aria-describedby'))?.split(' ') ?? [];
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.filter(Boolean).join(' ');
}

describe('staff add a contact, with notes and a label, and archive and restore it', () => {
  const web = useWebTest();
  let school: StaffedInstitution;

  beforeAll(async () => {
    school = await institutionWithStaff(web.system, 'career_services_staff', {
      institution: 'Harbour Polytechnic',
      staff: 'Casey Careers',
    });
    await addLabel(web.system, school.staff.token, school.institutionId, 'Career fair 2026');
  });

  it('shows a refused email beside its field, then keeps the contact, its notes newest first and its label', async () => {
    const email = uniqueEmail('ada');
    const page = await web.open('/login');
    await signIn(page, school.staff.email, school.staff.password);
    await page.goto(`/schools/${school.institutionId}/contacts`);
    await page.getByRole('heading', { name: 'Contacts' }).waitFor();
    await page.getByText('No contact matches.').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Add a contact' }).click();
    await page.getByRole('heading', { name: 'Add a contact' }).waitFor();
    await page.getByRole('textbox', { name: 'First name' }).fill('Ada');
    await page.getByRole('textbox', { name: 'Last name' }).fill('Lovelace');
    await page.getByRole('textbox', { name: 'Email' }).fill('ada-at-example');
    await page.getByRole('textbox', { name: 'Title' }).fill('Head of engineering');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await errorBeside(page, 'Email')).toMatch(/email/i);
    expect(await errorBeside(page, 'First name')).toBeNull();
    await expectAccessible(page);

    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByRole('heading', { name: 'Ada Lovelace' }).waitFor();
    await page.getByText('Added by staff').waitFor();
    await expectAccessible(page);

    const notes = page.getByRole('list', { name: 'Notes, newest first' }).getByRole('listitem');
    const newNote = page.getByRole('textbox', { name: 'New note' });
    for (const [index, text] of [
      'Met at the spring career fair.',
      'Hiring two interns this summer.',
    ].entries()) {
      await newNote.fill(text);
      await page.getByRole('button', { name: 'Add note' }).click();
      await notes.nth(index).waitFor();
      // The form empties once the note is kept.
      await page.waitForFunction(() => document.querySelector('textarea')?.value === '');
    }
    expect(await notes.allTextContents()).toEqual([
      expect.stringMatching(/^Casey Careers · .*Hiring two interns this summer\.$/),
      expect.stringMatching(/^Casey Careers · .*Met at the spring career fair\.$/),
    ]);

    // The API names each note's author as they are called now.
    const renamed = await web.system.api.patch('/v1/me', { name: 'Casey Lee' }, school.staff.token);
    expect(renamed.status).toBe(200);
    await waitFor('the notes to name their author by the new name', async () => {
      await page.reload();
      await notes.first().waitFor();
      const texts = await notes.allTextContents();
      return texts.every((text) => text.startsWith('Casey Lee · ')) ? true : undefined;
    });
    await expectAccessible(page);

    await page.getByRole('combobox', { name: 'Add a label' }).click();
    await page.getByRole('option', { name: 'Career fair 2026' }).click();
    await page.getByRole('button', { name: 'Add label' }).click();
    const labels = page.getByRole('list', { name: "The contact's labels" });
    await labels.getByText('Career fair 2026').waitFor();
    await page.getByRole('textbox', { name: 'New label' }).fill('Engineering');
    await page.getByRole('button', { name: 'Create and add' }).click();
    await labels.getByText('Engineering').waitFor();
    await page.getByRole('button', { name: 'Remove the label Engineering' }).click();
    await labels.getByText('Engineering').waitFor({ state: 'detached' });
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('button', { name: 'Restore' }).waitFor();
    await page.getByText(/left out of the contact list/).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('button', { name: 'Archive' }).waitFor();

    await page.getByRole('link', { name: 'Back to contacts' }).click();
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill('lovel');
    // The address follows the search once typing pauses, so the view can be shared or reloaded.
    await page.waitForURL((url) => url.searchParams.get('q') === 'lovel');
    await page.getByRole('link', { name: 'Ada Lovelace' }).waitFor();

    const contacts = await web.system.api.get<{
      items: Array<{ id: string; labels: Array<{ name: string }> }>;
    }>(`/v1/institutions/${school.institutionId}/contacts?q=lovelace`, school.staff.token);
    expect(contacts.body.items).toEqual([
      expect.objectContaining({ labels: [expect.objectContaining({ name: 'Career fair 2026' })] }),
    ]);
  });

  it('pages through more contacts than fit on a page, 50 at a time, with Next and Previous', async () => {
    const { system } = web;
    for (let index = 0; index < 55; index += 1) {
      const number = String(index).padStart(2, '0');
      await addContact(system, school.staff.token, school.institutionId, {
        firstName: 'Paged',
        lastName: `Person ${number}`,
      });
    }
    const page = await web.open('/login');
    await signIn(page, school.staff.email, school.staff.password);
    await page.goto(`/schools/${school.institutionId}/contacts?q=paged`);
    const rows = page.getByRole('link', { name: /^Paged Person/ });
    await page.getByRole('link', { name: 'Paged Person 00' }).waitFor();
    expect(await rows.count()).toBe(50);

    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByRole('link', { name: 'Paged Person 54' }).waitFor();
    expect(await rows.allTextContents()).toEqual(
      ['50', '51', '52', '53', '54'].map((n) => `Paged Person ${n}`),
    );
    expect(await page.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Previous page' }).click();
    await page.getByRole('link', { name: 'Paged Person 00' }).waitFor();
    expect(await page.getByRole('button', { name: 'Previous page' }).isDisabled()).toBe(true);
  });
});
