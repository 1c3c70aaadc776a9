import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  CONTACT_LABELS_MAX,
  ContactLabelRequest,
  ContactPageReply,
  ContactReply,
  CreateContactRequest,
  DirectorySubjects,
  ListContactsQuery,
  UpdateContactRequest,
} from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequiresPermission } from '../auth/requires-permission.decorator';

@ApiTags('contacts')
@ApiBearerAuth()
@Controller('institutions/:institutionId/contacts')
export class ContactsController {
  constructor(private readonly services: ServiceClient) {}

  /**
   * The address book: text search over name, email and company (`q`), filters, a stable sort, and a cursor for the
   * next page. Archived contacts are left out unless `archived` says otherwise.
   */
  @Get()
  @ApiOperation({ operationId: 'listContacts', summary: 'List and search contacts' })
  @RequiresPermission('contacts:read')
  @ApiOkResponse({ type: ContactPageReply })
  @ApiServiceUnavailableResponse({
    description:
      'The page took longer than the directory allows (`contact-query-too-slow`: narrow the filter or try again later), or a service is not available.',
  })
  list(
    @Param('institutionId') institutionId: string,
    @Query() query: ListContactsQuery,
  ): Promise<ContactPageReply> {
    return this.services.request(DirectorySubjects.listContacts, { ...query, institutionId });
  }

  /** Adds a contact; it is linked at once to the user with the same email, if there is one. */
  @Post()
  @ApiOperation({ operationId: 'createContact', summary: 'Add a contact' })
  @RequiresPermission('contacts:write')
  @ApiCreatedResponse({ type: ContactReply })
  @ApiConflictResponse({ description: 'A contact of this institution has the email; the problem names it.' })
  @ApiUnprocessableEntityResponse({ description: 'A label or company that is not one of this institution.' })
  create(
    @Param('institutionId') institutionId: string,
    @Body() body: CreateContactRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<ContactReply> {
    return this.services.request(DirectorySubjects.createContact, {
      ...body,
      institutionId,
      actorId: caller.userId,
    });
  }

  @Get(':contactId')
  @ApiOperation({ operationId: 'getContact', summary: 'Get a contact' })
  @RequiresPermission('contacts:read')
  @ApiOkResponse({ type: ContactReply })
  get(
    @Param('institutionId') institutionId: string,
    @Param('contactId', new ParseUUIDPipe()) contactId: string,
  ): Promise<ContactReply> {
    return this.services.request(DirectorySubjects.getContact, { institutionId, contactId });
  }

  /** Changes only the fields given; `null` clears an optional one. The source never changes. */
  @Patch(':contactId')
  @ApiOperation({ operationId: 'updateContact', summary: 'Change a contact' })
  @ApiUnprocessableEntityResponse({ description: 'A company that is not known.' })
  @RequiresPermission('contacts:write')
  @ApiOkResponse({ type: ContactReply })
  @ApiConflictResponse({ description: 'A contact of this institution has the email; the problem names it.' })
  update(
    @Param('institutionId') institutionId: string,
    @Param('contactId', new ParseUUIDPipe()) contactId: string,
    @Body() body: UpdateContactRequest,
  ): Promise<ContactReply> {
    return this.services.request(DirectorySubjects.updateContact, { ...body, institutionId, contactId });
  }

  /** Takes the contact out of the default list; it keeps its notes, labels and link. */
  @Post(':contactId/archive')
  @ApiOperation({ operationId: 'archiveContact', summary: 'Archive a contact' })
  @HttpCode(HttpStatus.OK)
  @RequiresPermission('contacts:write')
  @ApiOkResponse({ type: ContactReply })
  archive(
    @Param('institutionId') institutionId: string,
    @Param('contactId', new ParseUUIDPipe()) contactId: string,
  ): Promise<ContactReply> {
    return this.services.request(DirectorySubjects.archiveContact, { institutionId, contactId });
  }

  @Post(':contactId/restore')
  @ApiOperation({ operationId: 'restoreContact', summary: 'Restore an archived contact' })
  @HttpCode(HttpStatus.OK)
  @RequiresPermission('contacts:write')
  @ApiOkResponse({ type: ContactReply })
  restore(
    @Param('institutionId') institutionId: string,
    @Param('contactId', new ParseUUIDPipe()) contactId: string,
  ): Promise<ContactReply> {
    return this.services.request(DirectorySubjects.restoreContact, { institutionId, contactId });
  }

  /** Puts one of the institution's labels on the contact; one it carries already changes nothing. */
  @Post(':contactId/labels')
  @ApiOperation({ operationId: 'addContactLabel', summary: 'Put a label on a contact' })
  @HttpCode(HttpStatus.OK)
  @RequiresPermission('contacts:write')
  @ApiOkResponse({ type: ContactReply })
  @ApiUnprocessableEntityResponse({ description: 'The label is not one of this institution.' })
  @ApiConflictResponse({
    description: `The contact carries the most labels a contact may (${CONTACT_LABELS_MAX}) already (\`contact-label-limit\`).`,
  })
  addLabel(
    @Param('institutionId') institutionId: string,
    @Param('contactId', new ParseUUIDPipe()) contactId: string,
    @Body() body: ContactLabelRequest,
  ): Promise<ContactReply> {
    return this.services.request(DirectorySubjects.addContactLabel, { ...body, institutionId, contactId });
  }

  @Delete(':contactId/labels/:labelId')
  @ApiOperation({ operationId: 'removeContactLabel', summary: 'Take a label off a contact' })
  @RequiresPermission('contacts:write')
  @ApiOkResponse({ type: ContactReply })
  removeLabel(
    @Param('institutionId') institutionId: string,
    @Param('contactId', new ParseUUIDPipe()) contactId: string,
    @Param('labelId', new ParseUUIDPipe()) labelId: string,
  ): Promise<ContactReply> {
    return this.services.request(DirectorySubjects.removeContactLabel, { institutionId, contactId, labelId });
  }
}
