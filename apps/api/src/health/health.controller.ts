import type { Health } from '@cps/domain';
import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/auth.decorators';
import { PrismaService } from '../common/prisma.service';
import { ApiContract } from '../contract/api-contract.decorator';

@ApiTags('Health')
@Controller('health')
export class HealthController {
  constructor(private readonly prisma: PrismaService) {}

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
    try {
      await withTimeout(this.prisma.$queryRaw`SELECT 1`, 2000);
      return { status: 'ok', database: 'up' } satisfies Health;
    } catch {
      void reply.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'error', database: 'down' } satisfies Health;
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
