import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DirectorySubjects, NoteListReply, NoteReply, NoteRequest } from '@careers/contracts';
import { ServiceClient } from '@careers/messaging';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequiresPermission } from '../auth/requires-permission.decorator';

@ApiTags('contacts')
@ApiBearerAuth()
@Controller('institutions/:institutionId/contacts/:contactId/notes')
export class ContactNotesController {
  constructor(private readonly services: ServiceClient) {}

  /** Newest first. */
  @Get()
  @RequiresPermission('contacts:read')
  @ApiOkResponse({ type: NoteListReply })
  list(
    @Param('institutionId') institutionId: string,
    @Param('contactId', new ParseUUIDPipe()) contactId: string,
  ): Promise<NoteListReply> {
    return this.services.request(DirectorySubjects.listNotes, { institutionId, contactId });
  }

  /** The caller is the note's author. */
  @Post()
  @RequiresPermission('contacts:write')
  @ApiCreatedResponse({ type: NoteReply })
  add(
    @Param('institutionId') institutionId: string,
    @Param('contactId', new ParseUUIDPipe()) contactId: string,
    @Body() body: NoteRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<NoteReply> {
    return this.services.request(DirectorySubjects.addNote, {
      ...body,
      institutionId,
      contactId,
      authorId: caller.userId,
    });
  }
}
