import { referenceCodes } from '@cps/domain';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiContract } from '../contract/api-contract.decorator';
import { ReferenceRepository } from './reference.repository';

/** Code lists and counties: any signed-in user. */
@ApiTags('Reference data')
@Controller('reference')
export class ReferenceController {
  constructor(private readonly repository: ReferenceRepository) {}

  @Get('counties')
  @ApiContract({
    summary: "Wisconsin's 72 counties",
    responses: { 200: { description: '[{ code, name, region }]', schema: 'CountyList' } },
  })
  counties() {
    return this.repository.counties();
  }

  @Get('codes')
  @ApiContract({
    summary: 'The code lists, each [{ code, label }]',
    responses: { 200: { description: 'The code lists', schema: 'ReferenceCodes' } },
  })
  codes() {
    return referenceCodes;
  }
}
