import { Accordion, Stack, Title } from '@mantine/core';
import { EMAILED_OUTCOMES, OUTCOME_WORDS } from './invite-words';
import { MailPreview } from './mail-preview';

/** The email of each outcome, to open and read before sending. */
export function InviteMails({ institutionId }: { institutionId: string }) {
  return (
    <Stack>
      <Title order={2}>The emails</Title>
      <Accordion variant="separated">
        {EMAILED_OUTCOMES.map((outcome) => (
          <Accordion.Item key={outcome} value={outcome}>
            <Accordion.Control>Preview the email: {OUTCOME_WORDS[outcome]?.title}</Accordion.Control>
            <Accordion.Panel>
              <MailPreview institutionId={institutionId} outcome={outcome} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}
