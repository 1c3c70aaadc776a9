import { SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { CompanySelect } from './company-select';

/** A contact's fields as a form holds them: empty strings for what is not given. */
export type ContactValues = {
  firstName: string;
  lastName: string;
  email: string;
  title: string;
  department: string;
  phone: string;
  mobilePhone: string;
  companyId: string | null;
  companyName: string;
};

export const EMPTY_CONTACT: ContactValues = {
  firstName: '',
  lastName: '',
  email: '',
  title: '',
  department: '',
  phone: '',
  mobilePhone: '',
  companyId: null,
  companyName: '',
};

/** The body the API takes: blank optional fields as null; a company profile wins over a written name. */
export function contactBody(values: ContactValues) {
  const orNull = (value: string) => value.trim() || null;
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    email: values.email.trim(),
    title: orNull(values.title),
    department: orNull(values.department),
    phone: orNull(values.phone),
    mobilePhone: orNull(values.mobilePhone),
    companyId: values.companyId,
    companyName: values.companyId ? null : orNull(values.companyName),
  };
}

/** The inputs of a contact's fields; the API's field errors show beside each. */
export function ContactFields<Values extends ContactValues>({ form }: { form: UseFormReturnType<Values> }) {
  const company = form.getInputProps('companyId');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput label="First name" required autoComplete="off" {...form.getInputProps('firstName')} />
      <TextInput label="Last name" required autoComplete="off" {...form.getInputProps('lastName')} />
      <TextInput label="Email" required type="email" autoComplete="off" {...form.getInputProps('email')} />
      <TextInput label="Title" {...form.getInputProps('title')} />
      <CompanySelect
        label="Company profile"
        value={form.values.companyId}
        onChange={(companyId) => form.setFieldValue('companyId', companyId as never)}
        error={company.error as string | undefined}
      />
      <TextInput
        label="Company name"
        description="When the company has no profile"
        disabled={form.values.companyId !== null}
        {...form.getInputProps('companyName')}
      />
      <TextInput label="Department" {...form.getInputProps('department')} />
      <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
      <TextInput label="Mobile phone" type="tel" {...form.getInputProps('mobilePhone')} />
    </SimpleGrid>
  );
}
