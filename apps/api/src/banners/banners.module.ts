import { Module } from '@nestjs/common';
import { BannerCustodyService } from './banner-custody.service.js';
import { BannerOrdersController } from './banner-orders.controller.js';
import { BannerOrdersService } from './banner-orders.service.js';
import { BannersController } from './banners.controller.js';
import { BannersRepository } from './banners.repository.js';
import { BannersService } from './banners.service.js';

@Module({
  controllers: [BannersController, BannerOrdersController],
  providers: [BannersService, BannerCustodyService, BannerOrdersService, BannersRepository],
  // The repository for the booth closing check that AppModule wires (BannersClosingCheck).
  exports: [BannerCustodyService, BannersRepository, BannersService],
})
export class BannersModule {}
