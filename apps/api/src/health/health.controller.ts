import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/auth.decorators';
import { ApiContract } from '../contract/api-contract.decorator';
import { HealthService } from './health.service';

@ApiTags('Health')
@Controller('health')
export class HealthController {
  constructor(private readonly checker: HealthService) {}

  @Public()
  @Get()
  @ApiContract({
    summary: 'Is the app up, and does the database answer?',
    public: true,
    responses: {
      200: { description: '{ status: "ok", database: "up" }', schema: 'Health' },
      503: { description: '{ status: "error", database: "down" }', schema: 'Health' },
    },
  })
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const health = await this.checker.check();
    if (health.database === 'down') void reply.status(HttpStatus.SERVICE_UNAVAILABLE);
    return health;
  }
}
