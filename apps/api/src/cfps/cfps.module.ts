import { Module } from '@nestjs/common';
import { CfpsController } from './cfps.controller.js';
import { CfpsService } from './cfps.service.js';
import { PublicCfpController } from './public-cfp.controller.js';

@Module({
  controllers: [PublicCfpController, CfpsController],
  providers: [CfpsService],
})
export class CfpsModule {}
