import { countySchema, referenceCodes, referenceCodesSchema } from '@cps/domain';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ReferenceRepository } from './reference.repository';

class CountiesDto extends createZodDto(z.array(countySchema)) {}
class CodesDto extends createZodDto(referenceCodesSchema) {}

/** Code lists and counties: any signed-in user. */
@ApiTags('Reference data')
@Controller('reference')
export class ReferenceController {
  constructor(private readonly repository: ReferenceRepository) {}

  @Get('counties')
  @ApiOkResponse({ type: CountiesDto })
  counties() {
    return this.repository.counties();
  }

  @Get('codes')
  @ApiOkResponse({ type: CodesDto })
  codes() {
    return referenceCodes;
  }
}
