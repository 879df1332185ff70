import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/auth.decorators';
import { HealthService } from './health.service';

@ApiTags('Health')
@Controller('health')
export class HealthController {
  constructor(private readonly checker: HealthService) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: '{ status: "ok", database: "up" }' })
  @ApiServiceUnavailableResponse({ description: '{ status: "error", database: "down" }' })
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const health = await this.checker.check();
    if (health.database === 'down') void reply.status(HttpStatus.SERVICE_UNAVAILABLE);
    return health;
  }
}
