import { missingEpisodeListQuerySchema } from '@cps/domain';
import { Body, Controller, Get, Headers, HttpCode, Ip, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { ApiContract } from '../contract/api-contract.decorator';
import { MissingEpisodesService } from './missing-episodes.service';

const theEpisode = { description: 'The episode', schema: 'MissingEpisode' } as const;

// Bodies arrive unvalidated and are parsed in the service after the county scope check, so that
// another county's episode is a 404 before any 400 (docs/http-api.md's order).
@ApiTags('Missing-from-care episodes')
@Roles('ACCESS_WORKER', 'SUPERVISOR')
@Controller('missing-episodes')
export class MissingEpisodesController {
  constructor(private readonly episodes: MissingEpisodesService) {}

  @Post()
  @HttpCode(201)
  @ApiContract({
    summary: 'Record that a child is missing from care: the child found by search (personId) or a new child (person)',
    body: 'CreateMissingEpisodeRequest',
    idempotent: true,
    responses: { 201: theEpisode },
    errors: [403, 409],
  })
  async create(
    @Body() body: unknown,
    @CurrentUser() user: SessionUser,
    @Ip() ip: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return (await this.episodes.create(body, user, { ip, idempotencyKey })).body;
  }

  @Get()
  @ApiContract({
    summary: "The county's episodes, most urgent first (open=true: not yet screened)",
    query: missingEpisodeListQuerySchema,
    responses: { 200: { description: '{ items: episodes, total }', schema: 'MissingEpisodePage' } },
    errors: [403],
  })
  list(@Query() query: unknown, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.episodes.list(query, user, { ip });
  }

  @Get(':id')
  @ApiContract({ summary: 'One episode (the read is audited)', responses: { 200: theEpisode }, errors: [403, 404] })
  get(@Param('id') id: string, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.episodes.get(id, user, { ip });
  }

  @Patch(':id')
  @ApiContract({
    summary:
      'A step of the episode, with the version last read: police and NCMEC reports, located, the return screening (RETURN-SCREEN)',
    body: 'UpdateMissingEpisodeRequest',
    responses: { 200: theEpisode },
    errors: [403, 404, 409],
  })
  update(@Param('id') id: string, @Body() body: unknown, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.episodes.update(id, body, user, { ip });
  }
}
