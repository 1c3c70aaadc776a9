import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DirectorySubjects, ListNotesQuery, NotePageReply, NoteReply, NoteRequest } from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequiresPermission } from '../auth/requires-permission.decorator';

@ApiTags('contacts')
@ApiBearerAuth()
@Controller('institutions/:institutionId/contacts/:contactId/notes')
export class ContactNotesController {
  constructor(private readonly services: ServiceClient) {}

  /**
   * Newest first, a page at a time: pass `nextCursor` as `cursor` until it is null. A page has at most `limit` notes
   * (25 unless given, up to 100), fewer when long notes would make it too large.
   */
  @Get()
  @ApiOperation({ operationId: 'listContactNotes', summary: "List a contact's notes" })
  @RequiresPermission('contacts:read')
  @ApiOkResponse({ type: NotePageReply })
  list(
    @Param('institutionId') institutionId: string,
    @Param('contactId', new ParseUUIDPipe()) contactId: string,
    @Query() query: ListNotesQuery,
  ): Promise<NotePageReply> {
    return this.services.request(DirectorySubjects.listNotes, { ...query, institutionId, contactId });
  }

  /** The caller is the note's author. */
  @Post()
  @ApiOperation({ operationId: 'addContactNote', summary: 'Add a note to a contact' })
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
