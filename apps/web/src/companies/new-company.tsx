import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';

/** An employer creates their company's profile and becomes its first staff member. */
export function NewCompany() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { name: '', domain: '', website: '' } });
  const submit = useFormSubmit(
    form,
    ({ name, domain, website }) =>
      answer(
        api.POST('/v1/companies', {
          body: { name, domain: domain.trim() || undefined, website: website.trim() || undefined },
        }),
      ),
    (company) => {
      void queryClient.invalidateQueries({ queryKey: ['companies'] });
      void navigate(`/companies/${company.id}`);
    },
  );
  return (
    <form onSubmit={submit.onSubmit} noValidate aria-labelledby="new-company">
      <Stack maw={560}>
        <Title order={2} id="new-company">
          Create your company’s profile
        </Title>
        <ProblemAlert error={submit.error} />
        <TextInput label="Company name" required {...form.getInputProps('name')} />
        <TextInput
          label="Domain"
          description="The company's email domain, e.g. example.com: its staff join from an email at it only"
          {...form.getInputProps('domain')}
        />
        <TextInput
          label="Website"
          type="url"
          placeholder="https://www.example.com"
          {...form.getInputProps('website')}
        />
        <Group>
          <Button type="submit" loading={submit.pending}>
            Create company profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
